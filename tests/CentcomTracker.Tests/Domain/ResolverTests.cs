using CentcomTracker.Web.Domain;
using static CentcomTracker.Tests.Domain.SeedFacts;

namespace CentcomTracker.Tests.Domain;

/// <summary>The resolver on the real cases of facts.md, through the shipped seed data.</summary>
public sealed class ResolverTests
{
    [Fact]
    public void Operations_in_H1_2024_are_reported_as_196_and_reconcile_with_Iraq_137_plus_Syria_59()
    {
        var r = Resolve("operations", "IQ+SY", "2024-H1");

        Assert.Equal(Derivation.Reported, r.How);
        Assert.Equal(QualifiedValue.Exact(196), r.Value);
        Assert.Equal(2, Assert.Single(r.Figures).SourceNumber());

        // Q1's 94 is a partial sum over time (3 of 6 months), reconciled too; the countries add up exactly.
        var rec = Assert.Single(r.Reconciliations, rec => rec.Kind == Derivation.SummedOverMembers);
        Assert.Equal([137L, 59L], rec.Sum.Parts.Select(p => p.Value!.Value.Value));
        Assert.Equal(["IQ", "SY"], rec.Sum.Parts.Select(p => p.Theatre));
        Assert.Equal(196, rec.SumValue.Value);
        Assert.Equal(0, rec.Difference);
        Assert.Equal(Agreement.Matches, rec.Agreement);
    }

    [Fact]
    public void Claimed_attacks_in_H1_2024_are_153_on_pace_for_306_which_is_2_5_times_the_AP_baseline()
    {
        var comparison = new Comparison(MetricKind.Count, Resolve("attacks-claimed", "IQ+SY", "2023"), Resolve("attacks-claimed", "IQ+SY", "2024-H1"));

        Assert.Equal(QualifiedValue.Exact(153), comparison.B.Value);
        Assert.Equal(2, comparison.B.Figures[0].SourceNumber());

        // Day-count convention: whole calendar months, so H1 (6 months) doubles: 153 × 12 / 6.
        var pace = Assert.IsType<Pace>(comparison.PaceB);
        Assert.Equal(306m, pace.PerYear);
        Assert.Equal(6, pace.Months);

        Assert.Equal(QualifiedValue.Exact(121), comparison.A.Value);
        Assert.Equal(5, comparison.A.Figures[0].SourceNumber());
        Assert.Equal(2.53m, Math.Round(comparison.PaceRatio!.Value, 2));
        Assert.Equal("2.5", comparison.PaceRatio.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_BBC_Monitoring_2023_baseline_is_offered_as_an_alternative_to_the_AP_figure()
    {
        var baseline = Resolve("attacks-claimed", "IQ+SY", "2023");

        var bbc = Assert.Single(baseline.Alternatives, a => a.Sources.Any(s => s.Id == 7));
        Assert.Equal(new QualifiedValue(253, Qualifier.AtLeast), bbc.Value);
        Assert.True(bbc.IsPartial);
        Assert.Equal("11 of 12 months", bbc.Coverage!.ToString());
        Assert.Equal([141L, 112L], bbc.Figures.Select(f => f.Value));

        var comparison = new Comparison(MetricKind.Count, baseline, Resolve("attacks-claimed", "IQ+SY", "2024-H1"));
        // Annualised first (253 over 11 months ≈ 276 a year), so like durations are compared: 306 ÷ 276 ≈ 1.1.
        var alternative = Assert.Single(comparison.AlternativePaceRatios);
        Assert.Equal(1.1m, Math.Round(alternative.Ratio, 1));

        // The year's total is at least 253, but the count over the eleven months it covers is exactly 253, and a rate
        // is taken over those months: ≈ 276 a year (a projection), not "at least 276" (December could add nothing).
        Assert.Equal(QualifiedValue.Exact(253), bbc.CoveredValue);
        Assert.Equal(Qualifier.About, alternative.Annualised!.Qualifier);
        Assert.Equal(276m, Math.Round(alternative.PerYear));
        Assert.Equal(Qualifier.About, alternative.Qualifier);
    }

    [Fact]
    public void January_to_July_2023_operations_sum_to_269_from_the_monthly_releases_against_the_279_tally()
    {
        var r = Resolve("operations", "IQ+SY", "2023-01-01..2023-07-31");

        Assert.Equal(Derivation.Reported, r.How);
        Assert.Equal(QualifiedValue.Exact(279), r.Value);
        Assert.Equal(14, r.Figures[0].SourceNumber());

        var monthly = Assert.Single(r.Reconciliations);
        Assert.Equal(Derivation.SummedOverTime, monthly.Kind);
        Assert.Equal(269, monthly.SumValue.Value);
        Assert.True(monthly.Sum.Coverage!.IsComplete);
        Assert.Equal("7 of 7 months", monthly.Sum.Coverage.ToString());
        Assert.Equal(10, monthly.Difference);
        Assert.Equal(Agreement.Differs, monthly.Agreement);
        Assert.Equal([43L, 48, 37, 35, 38, 37, 31], monthly.Sum.Parts.Select(p => p.Value!.Value.Value));

        var june = monthly.Sum.Parts.Single(p => p.Period == Period.Parse("2023-06"));
        Assert.Equal(13, june.Figures.Single().SourceNumber());
        var rival = Assert.Single(june.Alternatives);
        Assert.Equal(QualifiedValue.Exact(44), rival.Value);
        Assert.Equal(14, rival.Figures.Single().SourceNumber());
    }

    [Fact]
    public void Killed_in_March_2023_is_not_reported_so_January_to_March_is_partial()
    {
        var march = Resolve("killed", "IQ+SY", "2023-03");
        Assert.Equal(Derivation.NotReported, march.How);
        Assert.Null(march.Value);
        Assert.Empty(march.Figures);

        var quarter = Resolve("killed", "IQ+SY", "2023-Q1");
        Assert.Equal(Derivation.SummedOverTime, quarter.How);
        // A sum with a month missing is a lower bound: "at least 33, 2 of 3 months".
        Assert.Equal(new QualifiedValue(11 + 22, Qualifier.AtLeast), quarter.Value);
        Assert.True(quarter.IsPartial);
        Assert.Equal("2 of 3 months", quarter.Coverage!.ToString());
        Assert.Equal(59, quarter.Coverage.CoveredDays);
        Assert.Equal(90, quarter.Coverage.TotalDays);
    }

    [Fact]
    public void Camp_population_is_the_latest_level_dated_inside_the_period()
    {
        var h1 = Resolve("camp-population", "SY", "2024-H1");
        Assert.Equal(Derivation.Level, h1.How);
        Assert.Equal(new QualifiedValue(45_000, Qualifier.MoreThan), h1.Value);
        Assert.Equal(Period.Parse("2024-04-05"), h1.AsOf);
        Assert.False(h1.IsStale);

        var year = Resolve("camp-population", "SY", "2024");
        Assert.Equal(new QualifiedValue(43_000, Qualifier.MoreThan), year.Value);
        Assert.Equal(Period.Parse("2024-07-16"), year.AsOf);
        Assert.Equal(2, year.Figures.Single().SourceNumber());
        // The Arabic article gives the same day's number without "more than": a relay that dropped the qualifier,
        // less precise but consistent, not a conflict.
        var article = Assert.Single(year.Alternatives);
        Assert.Equal(QualifiedValue.Exact(43_000), article.Value);
        Assert.Equal(1, article.Figures.Single().SourceNumber());
        Assert.Equal(Relation.DiffersInPrecision, Relations.Of(year, article));
    }

    [Fact]
    public void Levels_are_never_summed_over_time_or_over_countries()
    {
        // Two camp figures fall inside 2024; the level is the latest, not 45,000 + 43,000.
        Assert.Equal(43_000, Resolve("camp-population", "SY", "2024").Value!.Value.Value);

        // On 29 Dec 2022 Iraq held more than 20,000 and Syria more than 10,000; nobody reported both together.
        Assert.Equal(20_000, Resolve("detainees-held", "IQ", "2022-12-29").Value!.Value.Value);
        Assert.Equal(10_000, Resolve("detainees-held", "SY", "2022-12-29").Value!.Value.Value);
        var both = Resolve("detainees-held", "IQ+SY", "2022-12-29");
        Assert.Equal(Derivation.NotReported, both.How);
        Assert.Null(both.Value);
    }

    [Fact]
    public void A_level_before_any_report_is_not_reported_and_one_older_than_the_horizon_is_only_last_known()
    {
        Assert.Equal(Derivation.NotReported, Resolve("fighters-at-large", "IQ+SY", "2023").How);

        // Iraq's "more than 20,000" of 29 Dec 2022 is carried into H1 2023 (within 12 months of its end)...
        var carried = Resolve("detainees-held", "IQ", "2023-H1");
        Assert.Equal(Derivation.Level, carried.How);
        Assert.Equal(Period.Parse("2022-12-29"), carried.AsOf);
        Assert.True(carried.IsStale);

        // ...but not into the first half of 2024: too old to stand for it, offered only as last known.
        var old = Resolve("detainees-held", "IQ", "2024-H1");
        Assert.Equal(Derivation.NotReported, old.How);
        Assert.Null(old.Value);
        Assert.Equal(new QualifiedValue(20_000, Qualifier.MoreThan), old.LastKnown!.Value);
        Assert.Equal(Period.Parse("2022-12-29"), old.LastKnown.AsOf);
    }

    [Fact]
    public void Killed_in_Iraq_in_2022_is_at_least_220_and_with_Syrias_466_at_least_686()
    {
        var iraq = Resolve("killed", "IQ", "2022");
        Assert.Equal(new QualifiedValue(220, Qualifier.AtLeast), iraq.Value);

        var both = Resolve("killed", "IQ+SY", "2022");
        Assert.Equal(Derivation.SummedOverMembers, both.How);
        Assert.Equal(new QualifiedValue(686, Qualifier.AtLeast), both.Value);
        Assert.False(both.IsPartial);
        Assert.Equal([17, 18], both.Figures.Select(f => f.SourceNumber()));
    }

    [Fact]
    public void A_total_that_counts_partnered_operations_only_differs_from_its_countries_by_the_US_only_operations()
    {
        var february = Resolve("operations", "IQ+SY", "2023-02");

        Assert.Equal(48, february.Value!.Value.Value);
        var rec = Assert.Single(february.Reconciliations, r => r.Kind == Derivation.SummedOverMembers);
        Assert.Equal(50, rec.SumValue.Value);
        Assert.Equal(-2, rec.Difference);
        Assert.Equal(Agreement.Differs, rec.Agreement);
    }

    [Fact]
    public void The_2022_operations_total_reconciles_with_its_countries()
    {
        var r = Resolve("operations", "IQ+SY", "2022");
        Assert.Equal(313, r.Value!.Value.Value);
        var rec = Assert.Single(r.Reconciliations);
        Assert.Equal(191 + 122, rec.SumValue.Value);
        Assert.Equal(Agreement.Matches, rec.Agreement);
    }

    [Fact]
    public void A_combined_figure_is_never_double_counted_with_its_parts()
    {
        // 2024 so far: H1's reported total, not H1 + Q1 + Iraq + Syria.
        var r = Resolve("operations", "IQ+SY", "2024");
        Assert.Equal(Derivation.SummedOverTime, r.How);
        Assert.Equal(196, r.Value!.Value.Value);
        Assert.Equal("6 of 12 months", r.Coverage!.ToString());
        Assert.Equal(Period.Parse("2024-H1"), Assert.Single(r.Parts).Period);
    }

    [Fact]
    public void Monthly_releases_beat_a_media_tally_of_the_same_months_when_both_cover_as_much()
    {
        // Detained, January to July 2023: the monthly releases (380) and S14's tally (380) cover the same span.
        var r = Resolve("detained", "IQ+SY", "2023");
        Assert.Equal(380 + 33, r.Value!.Value.Value);
        Assert.DoesNotContain(r.Figures, f => f.SourceNumber() == 14);
        Assert.Equal("8 of 12 months", r.Coverage!.ToString());
    }

    [Fact]
    public void The_wider_coverage_wins_even_from_a_tally()
    {
        // Killed, 2023: March is missing from the monthly releases, so S14's January–July tally (81) covers more.
        var r = Resolve("killed", "IQ+SY", "2023");
        Assert.Equal(81 + 4, r.Value!.Value.Value);
        Assert.Contains(r.Figures, f => f.SourceNumber() == 14);
        Assert.Equal("8 of 12 months", r.Coverage!.ToString());
    }

    [Fact]
    public void A_relay_reporting_the_same_number_repeats_the_statement()
    {
        var r = Resolve("operations", "SY", "2024-H1");
        Assert.Equal(2, r.Figures.Single().SourceNumber());
        var article = Assert.Single(r.Alternatives);
        Assert.Equal(1, article.Figures.Single().SourceNumber());
        Assert.Equal(Agreement.Matches, Reconciliation.Agree(r.Value!.Value, article.Value!.Value));
        Assert.Equal(Relation.Repeats, Relations.Of(r, article));
        Assert.False(article.IsComputed);
    }

    [Fact]
    public void A_quarter_inside_a_reported_half_is_a_part_to_reconcile_not_a_rival_estimate()
    {
        var r = Resolve("operations", "IQ+SY", "2024-H1");
        Assert.DoesNotContain(r.Alternatives, a => a.Sources.Any(s => s.Id == 4));
    }

    [Fact]
    public void Unknown_codes_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Resolve("nope", "IQ", "2024-H1"));
        Assert.Throws<ArgumentException>(() => Resolve("operations", "XX", "2024-H1"));
    }

    [Fact]
    public void The_seed_data_holds_no_problems()
    {
        var metrics = CentcomTracker.Web.Data.Vocabulary.Metrics.ToDictionary(m => m.Code, m => m.Kind);
        var theatres = CentcomTracker.Web.Data.Vocabulary.Theatres.Select(t => t.Code).ToList();
        Assert.Empty(Data.Problems(metrics, theatres));
        Assert.Equal(19, Data.Sources.Count);
        Assert.DoesNotContain(Data.Figures, f => f.Value == 0);
    }

    [Fact]
    public void A_series_lists_every_figure_of_a_metric_and_theatre_the_preferred_source_first()
    {
        var figures = SeedFacts.Resolver.Reported("camp-population", "SY");

        Assert.Equal(["2019", "2024-04-05", "2024-07-16", "2024-07-16"], figures.Select(f => f.Period.Label).Order());
        var july = figures.Where(f => f.Period == Period.Parse("2024-07-16")).ToList();
        Assert.Equal([2, 1], july.Select(f => f.SourceNumber()));
        Assert.Empty(SeedFacts.Resolver.Reported("camp-population", "IQ"));
    }
}
