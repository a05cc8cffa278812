using CentcomTracker.Web.Domain;
using static CentcomTracker.Tests.Domain.SeedFacts;

namespace CentcomTracker.Tests.Domain;

/// <summary>Stale levels, peaks, part and whole, partial reconciliations and agreement labels, on the seed's real cases.</summary>
public sealed class TrustRulesTests
{
    [Theory]
    [InlineData("2021")]
    [InlineData("2022")]
    [InlineData("2023")]
    public void Camp_population_in_Syria_is_not_reported_between_the_2019_peak_and_2024(string year)
    {
        var r = Resolve("camp-population", "SY", year);

        Assert.Equal(Derivation.NotReported, r.How);
        Assert.Null(r.Value);
        // The last thing known is the peak, offered beside the empty value and marked as a peak.
        var last = Assert.IsType<Resolution>(r.LastKnown);
        Assert.True(last.IsPeak);
        Assert.Equal(new QualifiedValue(70_000, Qualifier.MoreThan), last.Value);
        Assert.Equal(Period.Parse("2019"), last.AsOf);
    }

    [Fact]
    public void Camp_population_in_2024_is_more_than_45000_in_H1_and_more_than_43000_for_the_year()
    {
        var h1 = Resolve("camp-population", "SY", "2024-H1");
        Assert.Equal(new QualifiedValue(45_000, Qualifier.MoreThan), h1.Value);
        Assert.Equal(Period.Parse("2024-04-05"), h1.AsOf);

        var year = Resolve("camp-population", "SY", "2024");
        Assert.Equal(new QualifiedValue(43_000, Qualifier.MoreThan), year.Value);
        Assert.Equal(Period.Parse("2024-07-16"), year.AsOf);
        Assert.False(year.IsStale);
    }

    [Fact]
    public void The_2019_peak_is_never_a_value_and_the_quarterly_series_does_not_run_flat_at_it()
    {
        var quarters = Granularity.Quarter.Buckets(Period.Parse("2019-01-01..2024-09-30"))
            .Select(q => Resolve("camp-population", "SY", q.Label))
            .ToList();

        Assert.DoesNotContain(quarters, q => q.Figures.Any(f => f.IsPeak));
        Assert.All(quarters.Where(q => q.Period.End < new DateOnly(2024, 4, 1)), q => Assert.Null(q.Value));
        Assert.Equal(45_000, quarters.Single(q => q.Period.Label == "2024-Q2").Value!.Value.Value);
        Assert.Equal(43_000, quarters.Single(q => q.Period.Label == "2024-Q3").Value!.Value.Value);

        var y2019 = Resolve("camp-population", "SY", "2019");
        Assert.Null(y2019.Value);
        Assert.True(y2019.LastKnown!.IsPeak);
    }

    [Fact]
    public void A_level_after_the_newest_figure_is_not_reported()
    {
        Assert.Equal(Derivation.NotReported, Resolve("camp-population", "SY", "2025").How);
        Assert.Equal(Derivation.NotReported, Resolve("fighters-at-large", "IQ+SY", "2024-08").How);
        // July 2024 holds the 16 July statement itself.
        Assert.Equal(2_500, Resolve("fighters-at-large", "IQ+SY", "2024-07").Value!.Value.Value);
    }

    [Fact]
    public void Claimed_attacks_in_2023_flag_AP_s_combined_121_as_smaller_than_BBC_s_Iraq_141()
    {
        var both = Resolve("attacks-claimed", "IQ+SY", "2023");
        Assert.Equal(121, both.Value!.Value.Value);
        var flag = Assert.Single(both.Inconsistencies);
        Assert.Equal("IQ", flag.Part.Theatre);
        Assert.Equal(141, flag.Part.Value!.Value.Value);
        Assert.Equal(7, flag.Part.Sources.Single().Id);
        Assert.Equal(5, flag.Whole.Sources.Single().Id);

        // Seen from Iraq, the same inconsistency: its whole is smaller than it.
        var iraq = Resolve("attacks-claimed", "IQ", "2023");
        var same = Assert.Single(iraq.Inconsistencies);
        Assert.Equal("IQ+SY", same.Whole.Theatre);
        Assert.Equal(121, same.Whole.Value!.Value.Value);

        // Syria's 112 fits inside 121, so nothing is flagged there.
        Assert.Empty(Resolve("attacks-claimed", "SY", "2023").Inconsistencies);
    }

    [Fact]
    public void June_2023_operations_flag_Iraq_s_37_as_from_a_source_whose_own_Iraq_and_Syria_is_44()
    {
        // Kurdistan24's Iraq and Syria 37 is shown; Iraq's 37 is Task & Purpose's, whose own June total is 44. Side by
        // side they would leave Syria nothing, on an account neither source gives.
        var both = Resolve("operations", "IQ+SY", "2023-06");
        Assert.Equal(37, both.Value!.Value.Value);
        var flag = Assert.Single(both.Inconsistencies);
        Assert.Equal(PartWholeKind.PartOfAnotherWhole, flag.Kind);
        Assert.Equal("IQ", flag.Part.Theatre);
        Assert.Equal(37, flag.Part.Value!.Value.Value);
        var partSource = flag.Part.Sources.Single();
        Assert.DoesNotContain(both.Sources, s => s.Id == partSource.Id);
        Assert.Equal(QualifiedValue.Exact(44), flag.PartSourceWhole!.Value);
        Assert.Equal(partSource.Id, flag.PartSourceWhole.Sources.Single().Id);

        // Seen from Iraq, the same flag.
        var iraq = Assert.Single(Resolve("operations", "IQ", "2023-06").Inconsistencies);
        Assert.Equal(PartWholeKind.PartOfAnotherWhole, iraq.Kind);
        Assert.Equal("IQ+SY", iraq.Whole.Theatre);

        // July: Iraq's 20 and the 31 in Iraq and Syria are the same source's account, so nothing is mixed.
        Assert.Empty(Resolve("operations", "IQ+SY", "2023-07").Inconsistencies);
        Assert.Empty(Resolve("operations", "IQ", "2023-07").Inconsistencies);
    }

    [Fact]
    public void Consistent_wholes_and_parts_are_not_flagged()
    {
        Assert.Empty(Resolve("operations", "IQ+SY", "2024-H1").Inconsistencies);
        Assert.Empty(Resolve("killed", "IQ+SY", "2022").Inconsistencies);
        Assert.Empty(Resolve("operations", "IQ+SY", "2023-02").Inconsistencies);
    }

    [Fact]
    public void Killed_January_to_July_2023_reconciles_the_tally_with_the_partial_monthly_sum()
    {
        var r = Resolve("killed", "IQ+SY", "2023-01-01..2023-07-31");
        Assert.Equal(Derivation.Reported, r.How);
        Assert.Equal(QualifiedValue.Exact(81), r.Value);

        var monthly = Assert.Single(r.Reconciliations);
        Assert.Equal(Derivation.SummedOverTime, monthly.Kind);
        Assert.True(monthly.IsPartial);
        Assert.Equal("6 of 7 months", monthly.Sum.Coverage!.ToString());
        Assert.Equal(new QualifiedValue(11 + 22 + 13 + 8 + 13 + 5, Qualifier.AtLeast), monthly.SumValue);
        Assert.DoesNotContain(monthly.Sum.Parts, p => p.Period == Period.Parse("2023-03"));
        // 81 is at least 72: the missing March may hold the other 9.
        Assert.Equal(Agreement.Consistent, monthly.Agreement);
        Assert.Equal(9, monthly.Difference);
    }

    [Fact]
    public void A_year_built_on_a_tally_carries_the_tally_s_reconciliation_with_its_months()
    {
        // Killed 2023 = tally (Jan–Jul) + November; its quarters come from the monthly releases. The difference is not silent.
        var year = Resolve("killed", "IQ+SY", "2023");
        Assert.Equal(new QualifiedValue(81 + 4, Qualifier.AtLeast), year.Value);
        var rec = Assert.Single(year.AllReconciliations, r => r.Reported.Value == 81);
        Assert.Equal(72, rec.SumValue.Value);
        Assert.True(rec.IsPartial);
    }

    [Fact]
    public void A_year_summed_from_monthly_releases_carries_the_check_of_a_tally_reported_inside_it()
    {
        // Operations, 2023: the monthly releases cover January to July as well as Task & Purpose's tally does, so the
        // releases are summed (at least 269) and the tally is not a part. Its 279 must still be set against them.
        var year = Resolve("operations", "IQ+SY", "2023");
        Assert.Equal(Derivation.SummedOverTime, year.How);
        Assert.Equal(new QualifiedValue(269, Qualifier.AtLeast), year.Value);
        Assert.DoesNotContain(year.Parts, p => p.Period == Period.Parse("2023-01-01..2023-07-31"));

        var tally = Assert.Single(year.Reconciliations);
        Assert.Equal(Period.Parse("2023-01-01..2023-07-31"), tally.Period);
        Assert.Equal(QualifiedValue.Exact(279), tally.Reported);
        Assert.Equal(QualifiedValue.Exact(269), tally.SumValue);
        Assert.Equal(10, tally.Difference);
        Assert.Equal(Agreement.Differs, tally.Agreement);
        Assert.Equal(7, tally.Sum.Parts.Count);
        Assert.Single(year.AllReconciliations, r => r.Reported.Value == 279);
    }

    [Fact]
    public void A_tally_used_as_a_part_is_checked_on_the_sum_itself_and_listed_once()
    {
        // Killed, 2023: the tally is a part (March is missing from the releases); its check is on the year as well.
        var year = Resolve("killed", "IQ+SY", "2023");
        var tally = Assert.Single(year.Reconciliations, r => r.Reported.Value == 81);
        Assert.Equal(Period.Parse("2023-01-01..2023-07-31"), tally.Period);
        Assert.Equal(new QualifiedValue(72, Qualifier.AtLeast), tally.SumValue);
        Assert.Single(year.AllReconciliations, r => r.Reported.Value == 81);
    }

    [Fact]
    public void The_article_s_196_operations_are_computed_from_its_parts_not_reported_by_it()
    {
        var r = Resolve("operations", "IQ+SY", "2024-H1");
        var article = Assert.Single(r.Alternatives, a => a.Sources.All(s => s.Id == 1));

        Assert.Equal(Derivation.SummedOverMembers, article.How);
        Assert.True(article.IsComputed);
        Assert.Equal([137L, 59L], article.Parts.Select(p => p.Value!.Value.Value));
        Assert.Equal(196, article.Value!.Value.Value);
        Assert.Equal(Relation.Repeats, Relations.Of(r, article));
        Assert.False(r.IsComputed);
    }

    [Fact]
    public void The_article_repeats_or_rounds_CENTCOM_and_rival_counts_conflict()
    {
        // "about 2,500" relayed as 2,500: less precise, consistent.
        var fighters = Resolve("fighters-at-large", "IQ+SY", "2024-07-16");
        Assert.Equal(Relation.DiffersInPrecision, Relations.Of(fighters, Assert.Single(fighters.Alternatives)));

        // "more than 9,000" relayed as "more than 9,000": the same statement.
        var detainees = Resolve("detainees-held", "SY", "2024-07-16");
        Assert.Equal(Relation.Repeats, Relations.Of(detainees, Assert.Single(detainees.Alternatives)));

        // Task & Purpose's 44 June operations against CENTCOM's 37: a conflict.
        var june = Resolve("operations", "IQ+SY", "2023-06");
        Assert.Equal(Relation.Conflicts, Relations.Of(june, Assert.Single(june.Alternatives)));

        // BBC Monitoring's at least 253 (11 of 12 months) against AP's 121.
        var attacks = Resolve("attacks-claimed", "IQ+SY", "2023");
        var bbc = Assert.Single(attacks.Alternatives, a => a.Sources.Any(s => s.Id == 7));
        Assert.Equal(Qualifier.AtLeast, bbc.Value!.Value.Qualifier);
        Assert.Equal(Relation.Conflicts, Relations.Of(attacks, bbc));
    }

    [Fact]
    public void Every_existing_must_show_value_still_holds()
    {
        Assert.Equal(QualifiedValue.Exact(196), Resolve("operations", "IQ+SY", "2024-H1").Value);
        Assert.Equal(QualifiedValue.Exact(153), Resolve("attacks-claimed", "IQ+SY", "2024-H1").Value);
        var tally = Resolve("operations", "IQ+SY", "2023-01-01..2023-07-31");
        Assert.Equal(279, tally.Value!.Value.Value);
        Assert.Equal(QualifiedValue.Exact(269), tally.Reconciliations.Single().SumValue);
        Assert.Null(Resolve("killed", "IQ+SY", "2023-03").Value);
        Assert.Equal(new QualifiedValue(686, Qualifier.AtLeast), Resolve("killed", "IQ+SY", "2022").Value);
    }
}
