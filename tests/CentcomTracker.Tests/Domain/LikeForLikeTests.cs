using CentcomTracker.Web.Domain;
using static CentcomTracker.Tests.Domain.SeedFacts;

namespace CentcomTracker.Tests.Domain;

/// <summary>Like-for-like comparisons and baselines, on the seed data's real cases.</summary>
public sealed class LikeForLikeTests
{
    private static Comparison Compare(string metric, string theatre, string a, string b, string? baseline = null) =>
        new(SeedFacts.Resolver.Metric(metric).Kind, Resolve(metric, theatre, a), Resolve(metric, theatre, b), baseline);

    private static readonly SourceInfo Centcom = new(1, "US Central Command", "Release", Period.Parse("2025-07-10"), SourceTier.Primary, "centcom");
    private static readonly SourceInfo Relay = new(2, "Kurdistan24", "Report", Period.Parse("2025-01-05"), SourceTier.Relay, "centcom");
    private static readonly SourceInfo Other = new(3, "Monitor", "Count", Period.Parse("2025-01-05"), SourceTier.Secondary);

    [Fact]
    public void BBC_Monitorings_2022_count_is_not_subtracted_from_APs_2023_figure_and_the_BBC_pair_is_offered()
    {
        var c = Compare("attacks-claimed", "IQ+SY", "2022", "2023");

        Assert.Equal(693, c.A.Value!.Value.Value);
        Assert.Equal(121, c.B.Value!.Value.Value);
        Assert.False(c.Comparable);
        Assert.Equal(ComparisonReason.DifferentSources, c.Reason);
        Assert.Null(c.Change);
        Assert.Null(c.PercentChange);
        Assert.Null(c.RateChangePercent);

        // Like for like: BBC Monitoring 2022 → BBC Monitoring 2023, January to November (11 of 12 months).
        var like = c.LikeForLike!;
        Assert.Equal([7], like.A.Sources.Select(s => s.Id));
        Assert.Equal([7], like.B.Sources.Select(s => s.Id));
        Assert.Equal(693, like.A.Value!.Value.Value);
        Assert.Equal(253, like.B.Value!.Value.Value);
        Assert.Equal((11, 12), (like.B.Coverage!.CoveredMonths, like.B.Coverage.TotalMonths));
        Assert.Equal([ComparisonReason.Partial], like.Reasons);
        Assert.Null(like.Change);
        Assert.Equal([("IQ", 401L, 141L), ("SY", 292L, 112L)],
            like.ByMember.Select(m => (m.A.Theatre, m.A.Value!.Value.Value, m.B.Value!.Value.Value)));

        // Its rates are taken over the days each count covers: 693 in 365 days, 253 in 334.
        Assert.Equal(56.96m, Math.Round(like.RatePer30DaysA!.Value, 2));
        Assert.Equal(22.72m, Math.Round(like.RatePer30DaysB!.Value, 2));
        Assert.Equal(-60.1m, Math.Round(like.RateChangePercent!.Value, 1));
    }

    [Fact]
    public void One_country_from_one_source_compares_by_rates_when_the_later_year_is_partial()
    {
        var c = Compare("attacks-claimed", "IQ", "2022", "2023");
        Assert.Equal([ComparisonReason.Partial], c.Reasons);
        Assert.Null(c.Change);
        Assert.Null(c.LikeForLike);
        Assert.Equal(-61.6m, Math.Round(c.RateChangePercent!.Value, 1));
    }

    [Fact]
    public void The_first_quarter_against_the_half_year_gives_rates_only()
    {
        var c = Compare("operations", "IQ+SY", "2024-Q1", "2024-H1");
        Assert.Equal([ComparisonReason.Contains, ComparisonReason.DifferentLengths], c.Reasons);
        Assert.Null(c.Change);
        Assert.Null(c.PercentChange);
        Assert.NotNull(c.RatePer30DaysA);
        Assert.NotNull(c.RatePer30DaysB);
        Assert.NotNull(c.RateChangePercent); // one series: the rates may be set against each other
    }

    [Fact]
    public void A_year_against_half_a_year_across_sources_leads_with_the_pace_against_APs_121()
    {
        var c = Compare("attacks-claimed", "IQ+SY", "2023", "2024-H1");

        Assert.Equal([ComparisonReason.DifferentSources, ComparisonReason.DifferentLengths], c.Reasons);
        Assert.Null(c.Change); // not "+32 (+26%)"
        Assert.Null(c.RateChangePercent);
        Assert.Equal(306m, c.PaceB!.PerYear);
        Assert.Equal(2.5m, Math.Round(c.PaceRatio!.Value, 1));
        Assert.Equal([5], c.Baseline.Sources.Select(s => s.Id));
        Assert.False(c.BaselineChosen);
        Assert.Equal(BaselineReason.CoversWholePeriod, c.DefaultBaselineReason);

        // BBC Monitoring's January–November 253 is annualised (× 12 ÷ 11 = 276) before the pace is set against it.
        var bbc = Assert.Single(c.AlternativePaceRatios);
        Assert.Equal(253, bbc.Baseline.Value!.Value.Value);
        Assert.Equal(11, bbc.Annualised!.Months);
        Assert.Equal(276m, Math.Round(bbc.PerYear, 0));
        Assert.Equal(1.1m, Math.Round(bbc.Ratio, 1));
    }

    [Theory]
    [InlineData("bbc-monitoring")]
    [InlineData("BBC-Monitoring")]
    [InlineData("7")]
    public void The_analyst_may_choose_BBC_Monitoring_as_the_baseline(string choice)
    {
        var c = Compare("attacks-claimed", "IQ+SY", "2023", "2024-H1", choice);

        Assert.True(c.BaselineChosen);
        Assert.Equal(253, c.Baseline.Value!.Value.Value);
        Assert.Equal(1.1m, Math.Round(c.PaceRatio!.Value, 1));
        var ap = Assert.Single(c.AlternativePaceRatios);
        Assert.Equal(121, ap.Baseline.Value!.Value.Value);
        Assert.Null(ap.Annualised);
        Assert.Equal(2.5m, Math.Round(ap.Ratio, 1));
    }

    [Fact]
    public void A_baseline_nobody_gives_for_the_period_leaves_the_default()
    {
        var c = Compare("attacks-claimed", "IQ+SY", "2023", "2024-H1", "centcom");
        Assert.False(c.BaselineChosen);
        Assert.Equal(121, c.Baseline.Value!.Value.Value);
        Assert.Equal(2.5m, Math.Round(c.PaceRatio!.Value, 1));
    }

    [Fact]
    public void Releases_of_one_series_compare_like_for_like_whoever_relays_them()
    {
        var resolver = SeedFacts.Build([
            new ReportedFigure(1, "operations", "IQ", Period.Parse("2025-Q1"), 60, Qualifier.Exact, Relay),
            new ReportedFigure(2, "operations", "IQ", Period.Parse("2025-Q2"), 75, Qualifier.Exact, Centcom),
            new ReportedFigure(3, "operations", "IQ", Period.Parse("2025-Q3"), 50, Qualifier.Exact, Other)]);
        Comparison Between(string a, string b) => new(MetricKind.Count,
            resolver.Resolve("operations", "IQ", Period.Parse(a)), resolver.Resolve("operations", "IQ", Period.Parse(b)));

        var sameSeries = Between("2025-Q1", "2025-Q2");
        Assert.True(sameSeries.Comparable);
        Assert.Equal(QualifiedValue.Exact(15), sameSeries.Change);
        Assert.Equal(25m, sameSeries.PercentChange);
        Assert.Null(sameSeries.RatePer30DaysA); // equal lengths (3 months each) and like for like: no rates needed

        var otherSource = Between("2025-Q2", "2025-Q3");
        Assert.Equal([ComparisonReason.DifferentSources], otherSource.Reasons);
        Assert.Null(otherSource.Change);
        Assert.NotNull(otherSource.RatePer30DaysA);
    }

    [Fact]
    public void Overlapping_periods_give_no_change()
    {
        var resolver = SeedFacts.Build([
            new ReportedFigure(1, "operations", "IQ", Period.Parse("2025-01-01..2025-03-31"), 60, Qualifier.Exact, Centcom),
            new ReportedFigure(2, "operations", "IQ", Period.Parse("2025-02-01..2025-04-30"), 75, Qualifier.Exact, Centcom)]);
        var c = new Comparison(MetricKind.Count, resolver.Resolve("operations", "IQ", Period.Parse("2025-01-01..2025-03-31")),
            resolver.Resolve("operations", "IQ", Period.Parse("2025-02-01..2025-04-30")));
        Assert.Equal([ComparisonReason.Overlaps], c.Reasons);
        Assert.Null(c.Change);
    }

    [Fact]
    public void Levels_of_one_series_on_different_dates_still_give_a_change()
    {
        // Fighters at large: about 2,500 (5 April 2024) → about 2,500 (16 July 2024), both CENTCOM.
        var c = Compare("fighters-at-large", "IQ+SY", "2024-04", "2024-Q3");
        Assert.True(c.Comparable);
        Assert.Null(c.RatePer30DaysA);
        Assert.Null(c.LikeForLike);

        // Camp population in Syria on the same dates is as like for like; only its two lower bounds (more than
        // 45,000 → more than 43,000) keep the change from being told.
        var camps = Compare("camp-population", "SY", "2024-04", "2024-Q3");
        Assert.Equal([ComparisonReason.BoundsOnly], camps.Reasons);
        Assert.Null(camps.LikeForLike);
    }

    [Fact]
    public void Every_reason_has_a_stable_code()
    {
        var codes = Enum.GetValues<ComparisonReason>().Select(r => r.Code()).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal("different-sources", ComparisonReason.DifferentSources.Code());
        Assert.Equal("one-contains-the-other", ComparisonReason.Contains.Code());
        Assert.Equal("different-lengths", ComparisonReason.DifferentLengths.Code());
    }
}
