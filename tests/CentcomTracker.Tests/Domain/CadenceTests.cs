using CentcomTracker.Web.Domain;

namespace CentcomTracker.Tests.Domain;

public sealed class CadenceTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_next_release_is_the_last_plus_the_median_gap()
    {
        // Gaps 31, 30, 60 (one late release): the median, 31, is the usual gap.
        var cadence = Cadence.From([D("2024-01-01"), D("2024-02-01"), D("2024-03-02"), D("2024-05-01")], D("2024-05-03"), D("2024-05-20"))!;
        Assert.Equal((D("2024-05-01"), 31, D("2024-06-01"), false), (cadence.LastRelease, cadence.TypicalDays, cadence.NextExpected, cadence.Overdue));
        Assert.Equal(D("2024-05-03"), cadence.LastEntered);
    }

    [Fact]
    public void A_release_is_overdue_the_day_after_it_was_expected_and_not_on_the_day()
    {
        DateOnly[] releases = [D("2024-01-10"), D("2024-02-10"), D("2024-03-10")];
        Assert.False(Cadence.From(releases, null, D("2024-04-09"))!.Overdue);  // expected 9 or 10 April
        Assert.True(Cadence.From(releases, null, D("2024-04-30"))!.Overdue);
    }

    [Fact]
    public void Too_few_releases_give_no_expectation_and_none_give_nothing()
    {
        var two = Cadence.From([D("2024-01-10"), D("2024-02-10"), D("2024-02-10")], null, D("2025-01-01"))!;
        Assert.Equal((2, (int?)null, (DateOnly?)null, false), (two.Releases, two.TypicalDays, two.NextExpected, two.Overdue));
        Assert.Null(Cadence.From([], null, D("2025-01-01")));
    }
}
