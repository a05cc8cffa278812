using CentcomTracker.Web.Domain;

namespace CentcomTracker.Tests.Domain;

/// <summary>The level and part-whole rules on small invented cases: horizons, today, peaks, sub-regions.</summary>
public sealed class LevelRulesTests
{
    private static readonly SourceInfo Statement = new(1, "CENTCOM", "Statements", Period.Parse("2025-04-10"), SourceTier.Primary);

    private static readonly TheatreInfo[] Theatres =
    [
        new("IQ"), new("SY"), new("IQ+SY", ["IQ", "SY"]), new("SY-HOL", [], "SY"),
    ];

    private static ReportedFigure Camp(int id, string theatre, string period, long value, bool peak = false) =>
        new(id, "camps", theatre, Period.Parse(period), value, Qualifier.Exact, Statement, peak);

    private static Resolver Build(IEnumerable<ReportedFigure> figures, int horizon = MetricInfo.DefaultHorizonMonths, DateOnly? today = null) =>
        new([new MetricInfo("camps", MetricKind.Level, horizon), new MetricInfo("ops", MetricKind.Count)], Theatres, figures, today);

    private static Resolution Resolve(Resolver r, string theatre, string period) => r.Resolve("camps", theatre, Period.Parse(period));

    [Fact]
    public void A_level_is_carried_forward_within_the_horizon_and_only_last_known_beyond_it()
    {
        var resolver = Build([Camp(1, "SY", "2023-06-01", 100), Camp(2, "SY", "2025-06-01", 90)]);

        var carried = Resolve(resolver, "SY", "2024-Q1");
        Assert.Equal(100, carried.Value!.Value.Value);
        Assert.True(carried.IsStale);

        // 2024-Q2 ends on 30 June 2024; 1 June 2023 is more than 12 months before.
        var old = Resolve(resolver, "SY", "2024-Q2");
        Assert.Null(old.Value);
        Assert.Equal(100, old.LastKnown!.Value!.Value.Value);
    }

    [Fact]
    public void A_metric_may_set_a_longer_horizon()
    {
        var resolver = Build([Camp(1, "SY", "2023-03-01", 100), Camp(2, "SY", "2025-06-01", 90)], horizon: 24);
        Assert.Equal(100, Resolve(resolver, "SY", "2024-Q4").Value!.Value.Value);
        // 2025-Q1 ends 31 March 2025: 1 March 2023 is just beyond 24 months.
        Assert.Null(Resolve(resolver, "SY", "2025-Q1").Value);
    }

    [Fact]
    public void Nothing_is_reported_for_a_period_after_today()
    {
        var figures = new[] { Camp(1, "SY", "2025-01-10", 100), Camp(2, "IQ", "2025-09-01", 5) };
        Assert.Equal(100, Resolve(Build(figures), "SY", "2025-Q2").Value!.Value.Value);
        Assert.Null(Resolve(Build(figures, today: new DateOnly(2025, 3, 31)), "SY", "2025-Q2").Value);
    }

    [Fact]
    public void A_peak_is_never_carried_forward_nor_used_as_a_level()
    {
        var resolver = Build([Camp(1, "SY", "2024", 700, peak: true), Camp(2, "SY", "2025-06-01", 90)]);

        var year = Resolve(resolver, "SY", "2024");
        Assert.Null(year.Value);
        Assert.True(year.LastKnown!.IsPeak);
        Assert.Null(Resolve(resolver, "SY", "2025-Q1").Value);
        Assert.Equal(90, Resolve(resolver, "SY", "2025").Value!.Value.Value);
    }

    [Fact]
    public void A_sub_camp_larger_than_the_theatre_it_lies_in_is_flagged_both_ways()
    {
        var resolver = Build([Camp(1, "SY", "2025-03-01", 40_000), Camp(2, "SY-HOL", "2025-03-01", 56_000)]);

        var syria = Resolve(resolver, "SY", "2025-03-01");
        var flag = Assert.Single(syria.Inconsistencies);
        Assert.Equal("SY-HOL", flag.Part.Theatre);
        Assert.Equal("SY", Assert.Single(Resolve(resolver, "SY-HOL", "2025-03-01").Inconsistencies).Whole.Theatre);
    }

    private static readonly SourceInfo Outlet = new(2, "Outlet", "Reports", Period.Parse("2025-04-11"), SourceTier.Secondary);

    private static ReportedFigure From(SourceInfo source, int id, string metric, string theatre, string period, long value, Qualifier? qualifier = null) =>
        new(id, metric, theatre, Period.Parse(period), value, qualifier ?? Qualifier.Exact, source, false);

    [Fact]
    public void A_sub_camp_from_a_source_whose_own_theatre_total_differs_is_flagged_as_two_accounts()
    {
        // Syria's 43,000 is the statement's; al-Hol's 40,000 is the outlet's, whose own Syria that day is 45,000.
        var resolver = Build([
            From(Statement, 1, "camps", "SY", "2025-03-01", 43_000),
            From(Outlet, 2, "camps", "SY-HOL", "2025-03-01", 40_000),
            From(Outlet, 3, "camps", "SY", "2025-03-01", 45_000),
        ]);

        var syria = Resolve(resolver, "SY", "2025-03-01");
        Assert.Equal(43_000, syria.Value!.Value.Value);
        var flag = Assert.Single(syria.Inconsistencies);
        Assert.Equal(PartWholeKind.PartOfAnotherWhole, flag.Kind);
        Assert.Equal("SY-HOL", flag.Part.Theatre);
        Assert.Equal(45_000, flag.PartSourceWhole!.Value!.Value.Value);
        Assert.Equal(PartWholeKind.PartOfAnotherWhole, Assert.Single(Resolve(resolver, "SY-HOL", "2025-03-01").Inconsistencies).Kind);
    }

    [Theory]
    [InlineData("2025-03", 44, "exact", true)]    // the outlet's own whole for the month conflicts: two accounts
    [InlineData("2025-03", 37, "exact", false)]   // it agrees: one account, nothing mixed
    [InlineData("2025-03", 40, "about", false)]   // "about 40" leaves room for 37
    [InlineData("2025-Q1", 44, "exact", false)]   // a whole for another period is not the same account of this month
    public void A_part_from_another_source_is_flagged_only_when_that_source_gives_the_same_whole_otherwise(
        string outletPeriod, long outletWhole, string qualifier, bool flagged)
    {
        var resolver = Build([
            From(Statement, 1, "ops", "IQ+SY", "2025-03", 37),
            From(Outlet, 2, "ops", "IQ", "2025-03", 37),
            From(Outlet, 3, "ops", "IQ+SY", outletPeriod, outletWhole, Qualifiers.Parse(qualifier)),
        ]);

        var both = resolver.Resolve("ops", "IQ+SY", Period.Parse("2025-03"));
        Assert.Equal(37, both.Value!.Value.Value);
        Assert.Equal(flagged, both.Inconsistencies.Any(i => i.Kind == PartWholeKind.PartOfAnotherWhole));
        Assert.Equal(flagged, resolver.Resolve("ops", "IQ", Period.Parse("2025-03")).Inconsistencies.Any());
    }

    [Fact]
    public void A_partial_sum_of_approximate_values_stays_approximate()
    {
        Assert.Equal(Qualifier.AtLeast, Qualifier.Exact.Partial());
        Assert.Equal(Qualifier.MoreThan, Qualifier.MoreThan.Partial());
        Assert.Equal(Qualifier.About, Qualifier.About.Partial());
        Assert.Equal(Qualifier.About, Qualifier.LessThan.Partial());
    }
}
