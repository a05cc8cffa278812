using CentcomTracker.Web.Domain;

namespace CentcomTracker.Tests.Domain;

public sealed class GranularityTests
{
    [Theory]
    [InlineData("month", "2023-11..2024-02", "2023-11 2023-12 2024-01 2024-02")]
    [InlineData("quarter", "2023-11..2024-02", "2023-Q4 2024-Q1")]
    [InlineData("half", "2023-06-15..2024-07-16", "2023-H1 2023-H2 2024-H1 2024-H2")]
    [InlineData("year", "2022-09-09..2024-07-16", "2022 2023 2024")]
    [InlineData("quarter", "9999-12", "9999-Q4")]
    public void Buckets_are_the_whole_calendar_units_that_touch_the_span(string code, string span, string expected)
    {
        Assert.True(Granularities.TryParse(code, out var granularity));
        var buckets = granularity.Buckets(Period.Parse(span)).Select(b => b.Label).ToList();
        Assert.Equal(expected.Split(' '), buckets);
        Assert.Equal(buckets.Count, granularity.BucketCount(Period.Parse(span)));
    }

    [Fact]
    public void Bucket_counts_are_known_before_any_bucket_is_made() =>
        Assert.Equal(119_988, Granularity.Month.BucketCount(Period.Parse("0001..9999")));

    [Theory]
    [InlineData("week")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_granularities_are_refused(string? code) => Assert.False(Granularities.TryParse(code, out _));
}
