using CentcomTracker.Web.Domain;
using static CentcomTracker.Tests.Domain.SeedFacts;

namespace CentcomTracker.Tests.Domain;

public sealed class ComparisonTests
{
    private static Comparison Compare(string metric, string theatre, string a, string b) =>
        new(SeedFacts.Resolver.Metric(metric).Kind, Resolve(metric, theatre, a), Resolve(metric, theatre, b));

    [Fact]
    public void A_quarter_against_the_half_year_that_contains_it_gives_rates_not_a_change()
    {
        // Operations in Iraq: Q1 2024 (66, 91 days) against H1 2024 (137, 182 days), both CENTCOM releases.
        var c = Compare("operations", "IQ", "2024-Q1", "2024-H1");

        Assert.False(c.Comparable);
        Assert.Equal([ComparisonReason.Contains, ComparisonReason.DifferentLengths], c.Reasons);
        Assert.Null(c.Change);
        Assert.Null(c.PercentChange);
        Assert.Null(c.LikeForLike);
        Assert.True(c.DifferentLengths);
        Assert.Equal(21.76m, Math.Round(c.RatePer30DaysA!.Value, 2));
        Assert.Equal(22.58m, Math.Round(c.RatePer30DaysB!.Value, 2));
        Assert.Equal(3.79m, Math.Round(c.RateChangePercent!.Value, 2));
    }

    [Fact]
    public void No_change_is_computed_against_a_partial_sum()
    {
        // 2023 operations are summed from seven monthly releases: 7 of 12 months.
        var c = Compare("operations", "IQ+SY", "2023", "2024-H1");
        Assert.True(c.A.IsPartial);
        Assert.Contains(ComparisonReason.Partial, c.Reasons);
        Assert.Null(c.Change);
        Assert.Null(c.PercentChange);
        Assert.Null(c.PaceRatio);
        Assert.NotNull(c.PaceB);
    }

    [Fact]
    public void Between_two_lower_bounds_no_change_is_given_and_the_reason_says_why()
    {
        // The 5 April 2024 figure is the level for April; 16 July 2024 for the third quarter. "More than 45,000" then
        // "more than 43,000" may be a fall or a rise of any size: not "about −2,000".
        var c = Compare("camp-population", "SY", "2024-04", "2024-Q3");
        Assert.Equal(new QualifiedValue(45_000, Qualifier.MoreThan), c.A.Value);
        Assert.Equal(new QualifiedValue(43_000, Qualifier.MoreThan), c.B.Value);
        Assert.False(c.Comparable);
        Assert.Equal([ComparisonReason.BoundsOnly], c.Reasons);
        Assert.Null(c.ChangeQualifier);
        Assert.Null(c.Change);
        Assert.Null(c.PercentChange);
        Assert.Null(c.PaceB);
        Assert.Null(c.RatePer30DaysA);

        // Nor "≈ ±0" when both say "more than 9,000".
        var detainees = Compare("detainees-held", "SY", "2024-04-05", "2024-07-16");
        Assert.Equal([ComparisonReason.BoundsOnly], detainees.Reasons);
        Assert.Null(detainees.Change);
    }

    [Fact]
    public void Changes_of_approximate_levels_carry_the_qualifier()
    {
        // About 2,500 fighters at large on 5 April and on 16 July 2024: about no change, as before.
        var c = Compare("fighters-at-large", "IQ+SY", "2024-04-05", "2024-07-16");
        Assert.True(c.Comparable);
        Assert.Equal(new QualifiedValue(0, Qualifier.About), c.Change);
        Assert.Equal(0m, c.PercentChange);
    }

    [Fact]
    public void Rates_of_two_lower_bounds_give_no_change_in_rate_either()
    {
        var source = new SourceInfo(1, "CENTCOM", "Statement", Period.Parse("2025-07-10"), SourceTier.Primary);
        var resolver = SeedFacts.Build([
            new ReportedFigure(1, "operations", "IQ", Period.Parse("2024"), 200, Qualifier.MoreThan, source),
            new ReportedFigure(2, "operations", "IQ", Period.Parse("2025-H1"), 150, Qualifier.AtLeast, source)]);
        var c = new Comparison(MetricKind.Count,
            resolver.Resolve("operations", "IQ", Period.Parse("2024")), resolver.Resolve("operations", "IQ", Period.Parse("2025-H1")));

        Assert.Equal([ComparisonReason.DifferentLengths, ComparisonReason.BoundsOnly], c.Reasons);
        Assert.NotNull(c.RatePer30DaysA);
        Assert.NotNull(c.RatePer30DaysB);
        Assert.Null(c.RateChangePercent);
        Assert.NotNull(c.PaceB);
        Assert.Null(c.PaceRatio);
    }

    [Theory]
    [InlineData(Qualifier.Exact, Qualifier.About)]
    [InlineData(Qualifier.About, Qualifier.About)]
    [InlineData(Qualifier.AtLeast, Qualifier.AtLeast)]
    [InlineData(Qualifier.MoreThan, Qualifier.MoreThan)]
    public void A_pace_is_a_projection_so_never_exact(Qualifier value, Qualifier pace)
    {
        var p = Pace.Of(new QualifiedValue(153, value), 182, 6);
        Assert.Equal(pace, p.Qualifier);
        Assert.Equal(306m, p.PerYear);
        Assert.Equal(value, p.Value.Qualifier);
    }

    [Fact]
    public void Pace_uses_days_when_the_span_is_not_whole_months()
    {
        var pace = Pace.Of(QualifiedValue.Exact(68), Period.Parse("2024-08-29..2024-11-04").Days, null);
        Assert.Equal(365.25m, pace.PerYear);
        Assert.Equal("68 days", pace.Basis);
    }

    [Fact]
    public void Not_reported_stays_not_reported_in_a_comparison()
    {
        var c = Compare("leaders-killed", "IQ+SY", "2023", "2024-H1");
        Assert.Null(c.A.Value);
        Assert.Equal(8, c.B.Value!.Value.Value);
        Assert.Null(c.Change);
        Assert.Null(c.PercentChange);
        Assert.Null(c.PaceRatio);
    }

    [Fact]
    public void A_level_standing_for_both_periods_or_from_long_before_gives_no_change()
    {
        // July 2024 holds the 16 July statement; August starts after the newest figure, so nothing stands for it.
        var same = Compare("camp-population", "SY", "2024-07", "2024-08");
        Assert.Equal(43_000, same.A.Value!.Value.Value);
        Assert.Null(same.B.Value);
        Assert.Null(same.Change);
        Assert.Null(same.PercentChange);

        // 2023 has no camp figure: the 2019 peak is not carried forward, so there is no fall "in" 2023 → H1 2024.
        var stale = Compare("camp-population", "SY", "2023", "2024-H1");
        Assert.Null(stale.A.Value);
        Assert.True(stale.A.LastKnown!.IsPeak);
        Assert.Null(stale.Change);
        Assert.False(stale.Comparable);
    }

    [Fact]
    public void Derived_values_carry_the_qualifier_of_their_inputs()
    {
        var source = new SourceInfo(1, "CENTCOM", "Statement", Period.Parse("2025-07-10"), SourceTier.Primary);
        var resolver = SeedFacts.Build([
            new ReportedFigure(1, "operations", "IQ", Period.Parse("2024"), 200, Qualifier.Exact, source),
            new ReportedFigure(2, "operations", "IQ", Period.Parse("2025-H1"), 150, Qualifier.MoreThan, source)]);
        var c = new Comparison(MetricKind.Count,
            resolver.Resolve("operations", "IQ", Period.Parse("2024")), resolver.Resolve("operations", "IQ", Period.Parse("2025-H1")));

        Assert.Equal(Qualifier.MoreThan, c.PaceB!.Qualifier);
        Assert.Equal(300m, c.PaceB.PerYear);
        Assert.Equal(1.5m, c.PaceRatio);
        Assert.Equal(Qualifier.MoreThan, c.PaceRatioQualifier);

        // A year against a half: rates lead, no raw change.
        Assert.Null(c.Change);
        Assert.Equal([ComparisonReason.DifferentLengths], c.Reasons);
        Assert.Equal(16.39m, Math.Round(c.RatePer30DaysA!.Value, 2)); // 200 × 30 ÷ 366 days
    }
}
