namespace CentcomTracker.Tests.Web;

/// <summary>Relations, computed values, partial reconciliations, inconsistencies and stale levels through the API and the pages.</summary>
public sealed class TrustedNumbersTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task The_article_s_43000_camp_figure_differs_in_precision_and_its_196_operations_are_computed()
    {
        using var client = factory.CreateClient();
        var camps = await client.GetJsonAsync("/api/resolve?metric=camp-population&theatre=SY&period=2024");
        Assert.Equal(43_000, camps.Long("value"));
        var article = Assert.Single(camps.Items("alternatives"));
        Assert.Equal("differs-in-precision", article.Text("relation"));
        Assert.False(article["computed"]!.GetValue<bool>());

        var operations = await client.GetJsonAsync("/api/resolve?metric=operations&theatre=IQ%2BSY&period=2024-H1");
        var sum = Assert.Single(operations.Items("alternatives"), a => a.Items("figures").All(f => f["source"]!.Text("publisher").StartsWith("Arabic", StringComparison.Ordinal)));
        Assert.True(sum["computed"]!.GetValue<bool>());
        Assert.Equal("summed-over-members", sum.Text("how"));
        Assert.Equal(196, sum.Long("value"));
        Assert.Equal([137L, 59L], sum.Items("parts").Select(p => p.Long("value")));
        Assert.Equal("repeats", sum.Text("relation"));
    }

    [Fact]
    public async Task Claimed_attacks_in_2023_carry_the_inconsistency_of_AP_s_121_with_BBC_s_Iraq_141()
    {
        using var client = factory.CreateClient();
        var r = await client.GetJsonAsync("/api/resolve?metric=attacks-claimed&theatre=IQ%2BSY&period=2023");

        var flag = Assert.Single(r.Items("inconsistencies"));
        Assert.Equal("whole-smaller-than-part", flag.Text("kind"));
        Assert.Equal(121, flag["whole"]!.Long("value"));
        Assert.Equal("IQ", flag["part"]!.Text("theatre"));
        Assert.Equal(141, flag["part"]!.Long("value"));
        Assert.Equal("at-least", flag["part"]!.Text("qualifier"));
        Assert.Contains(flag.Items("figures"), f => f["source"]!.Text("publisher").Contains("BBC", StringComparison.Ordinal));
        Assert.Contains(r.Items("alternatives"), a => a.Text("relation") == "conflicts");

        var series = await client.GetJsonAsync("/api/series/attacks-claimed?theatre=IQ&granularity=year&from=2023&to=2023");
        var point = Assert.Single(series.Items("points"));
        Assert.Equal("IQ+SY", Assert.Single(point.Items("inconsistencies")).Text("wholeTheatre"));
    }

    [Fact]
    public async Task June_2023_operations_say_that_Iraq_s_37_comes_from_another_account_of_the_whole()
    {
        using var client = factory.CreateClient();
        var r = await client.GetJsonAsync("/api/resolve?metric=operations&theatre=IQ%2BSY&period=2023-06");

        var flag = Assert.Single(r.Items("inconsistencies"));
        Assert.Equal("part-of-another-whole", flag.Text("kind"));
        Assert.Equal(37, flag["whole"]!.Long("value"));
        Assert.Equal(37, flag["part"]!.Long("value"));
        Assert.Equal(44, flag["partSourceWhole"]!.Long("value"));
        // Every number the flag names comes with its figure, source and quote: Kurdistan24's 37, Task & Purpose's 37 and 44.
        Assert.Equal(3, flag.Items("figures").Count());
        Assert.Contains(flag.Items("figures"), f => f.Long("value") == 44 && f.Text("quote").Contains("44", StringComparison.Ordinal));

        var series = await client.GetJsonAsync("/api/series/operations?theatre=IQ&granularity=month&from=2023-06&to=2023-07");
        var june = series.Items("points").Single(p => p.Text("period") == "2023-06");
        var point = Assert.Single(june.Items("inconsistencies"));
        Assert.Equal("part-of-another-whole", point.Text("kind"));
        Assert.Equal(44, point.Long("partSourceWholeValue"));
        Assert.Empty(series.Items("points").Single(p => p.Text("period") == "2023-07").Items("inconsistencies"));

        // In words on the compare page, in both languages, with a footnote for each of the three numbers.
        var page = await client.GetDocumentAsync("/compare/2023-06/2023-07?theatre=IQ%2BSY");
        var note = page.QuerySelector("li.inconsistency[data-kind='part-of-another-whole']")!;
        Assert.Contains("Iraq 37 (Task & Purpose) is from a source that gives Iraq and Syria as 44, not 37 (Kurdistan24)", note.Text());
        // Its footnotes follow its words: Iraq's 37, the 44, then the 37 shown for Iraq and Syria.
        var notes = note.QuerySelectorAll("a.footnote-ref").Select(a => page.GetElementById(a.GetAttribute("href")!.TrimStart('#'))!.TextContent).ToList();
        Assert.Equal(3, notes.Count);
        Assert.Contains("from 37 in June", notes[0]);
        Assert.Contains("down from 44 in June", notes[1]);
        Assert.Contains("a total of 37 anti-ISIS operations", notes[2]);

        // On the metric page, the 44 (which is in no cell of the table) has its footnote too.
        var metric = await client.GetDocumentAsync("/metrics/operations");
        var flagged = metric.QuerySelector(".inconsistency[data-kind='part-of-another-whole']")!;
        var target = flagged.QuerySelector("a.footnote-ref")!.GetAttribute("href")!.TrimStart('#');
        Assert.Contains("down from 44 in June", metric.GetElementById(target)!.TextContent);
        var arabic = await client.GetDocumentAsync("/compare/2023-06/2023-07?theatre=IQ%2BSY&culture=ar");
        Assert.Contains(arabic.QuerySelectorAll("li.inconsistency"), li => li.TextContent.Contains("روايتان", StringComparison.Ordinal) && li.TextContent.Contains("44", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Killed_January_to_July_2023_reconciles_the_tally_with_6_of_7_monthly_releases()
    {
        using var client = factory.CreateClient();
        var r = await client.GetJsonAsync("/api/resolve?metric=killed&theatre=IQ%2BSY&period=2023-01-01..2023-07-31");

        Assert.Equal(81, r.Long("value"));
        var rec = Assert.Single(r.Items("reconciliations"));
        Assert.Equal("summed-over-time", rec.Text("kind"));
        Assert.Equal(72, rec.Long("sum"));
        Assert.Equal("at-least", rec.Text("sumQualifier"));
        Assert.Equal("consistent", rec.Text("agreement"));
        Assert.Equal(6, rec["coverage"]!.Long("coveredMonths"));
        Assert.Equal(7, rec["coverage"]!.Long("totalMonths"));
        Assert.False(rec["coverage"]!["isComplete"]!.GetValue<bool>());

        // The year built on that tally says so in its series bucket: the tally and its months do not disagree silently.
        var series = await client.GetJsonAsync("/api/series/killed?theatre=IQ%2BSY&granularity=year&from=2023&to=2023");
        var year = Assert.Single(series.Items("points"));
        Assert.Contains(year.Items("reconciliations"), x => x.Long("reported") == 81 && x.Long("sum") == 72);
    }

    [Fact]
    public async Task Operations_2023_summed_from_the_monthly_releases_show_the_January_to_July_tally_beside_them()
    {
        using var client = factory.CreateClient();
        var r = await client.GetJsonAsync("/api/resolve?metric=operations&theatre=IQ%2BSY&period=2023");

        // The value is still the monthly releases' sum; the tally is set against it, named by its own span.
        Assert.Equal(269, r.Long("value"));
        Assert.Equal("at-least", r.Text("qualifier"));
        var rec = Assert.Single(r.Items("reconciliations"));
        Assert.Equal("2023-01-01..2023-07-31", rec.Text("period"));
        Assert.Equal(279, rec.Long("reported"));
        Assert.Equal(269, rec.Long("sum"));
        Assert.Equal(10, rec.Long("difference"));
        Assert.Equal("exact", rec.Text("differenceQualifier"));
        Assert.Equal("differs", rec.Text("agreement"));

        // A reconciliation of the value itself names the value's own period.
        var tally = await client.GetJsonAsync("/api/resolve?metric=operations&theatre=IQ%2BSY&period=2023-01-01..2023-07-31");
        Assert.All(tally.Items("reconciliations"), x => Assert.Equal("2023-01-01..2023-07-31", x.Text("period")));

        var series = await client.GetJsonAsync("/api/series/operations?theatre=IQ%2BSY&granularity=year&from=2023&to=2023");
        var year = Assert.Single(series.Items("points"));
        Assert.Single(year.Items("reconciliations"), x => x.Long("reported") == 279 && x.Long("sum") == 269 && x.Text("period") == "2023-01-01..2023-07-31");

        var compare = await client.GetJsonAsync("/api/compare?a=2023&b=2024-H1&theatre=IQ%2BSY");
        var operations = Assert.Single(compare.Items("rows"), row => row["metric"]!.Text("code") == "operations");
        Assert.Contains(operations["a"]!.Items("reconciliations"), x => x.Long("reported") == 279 && x.Text("period") == "2023-01-01..2023-07-31");
    }

    [Fact]
    public async Task A_total_set_against_a_partial_sum_differs_by_at_least_what_the_known_parts_show()
    {
        using var client = factory.CreateClient();
        var r = await client.GetJsonAsync("/api/resolve?metric=attacks-claimed&theatre=IQ%2BSY&period=2023");

        // The months' sum is a lower bound, so a total below it differs by at least the gap, not by exactly that.
        var rec = Assert.Single(r.Items("reconciliations"), x => x.Text("agreement") == "differs" && x.Text("sumQualifier") == "at-least");
        Assert.True(rec.Long("difference") < 0);
        Assert.Equal("at-most", rec.Text("differenceQualifier"));

        var card = (await client.GetDocumentAsync("/?a=2023&b=2024-H1&theatre=IQ%2BSY")).QuerySelector("#card-attacks-claimed")!.TextContent;
        Assert.Contains($"differs by at least {Math.Abs(rec.Long("difference")):N0}", card);
    }

    [Fact]
    public async Task Camp_population_2023_is_not_reported_with_the_peak_as_last_known()
    {
        using var client = factory.CreateClient();
        var r = await client.GetJsonAsync("/api/resolve?metric=camp-population&theatre=SY&period=2023");
        Assert.Equal("not-reported", r.Text("how"));
        Assert.True(r.IsExplicitNull("value"));
        Assert.True(r["lastKnown"]!["isPeak"]!.GetValue<bool>());
        Assert.True(Assert.Single(r["lastKnown"]!.Items("figures"))["isPeak"]!.GetValue<bool>());

        var carried = await client.GetJsonAsync("/api/resolve?metric=detainees-held&theatre=IQ&period=2023-H1");
        Assert.Equal("2022-12-29", carried.Text("carriedForwardFrom"));
    }

    [Fact]
    public async Task The_compare_page_labels_relations_and_computed_values_and_flags_the_smaller_whole()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/compare/2023/2024-H1?theatre=IQ%2BSY");

        var operations = page.QuerySelector("tr[data-metric='operations'] td.notes")!;
        var computed = Assert.Single(operations.QuerySelectorAll("li.alternative[data-computed='true']"));
        Assert.Equal("repeats", computed.GetAttribute("data-relation"));
        Assert.Contains("137 + 59 = 196", computed.TextContent);

        var attacks = page.QuerySelector("tr[data-metric='attacks-claimed'] td.notes")!;
        Assert.NotNull(attacks.QuerySelector("li.inconsistency[data-whole='IQ+SY'][data-part='IQ']"));

        // Syria's camps in 2023: not reported, the 2019 peak offered only as a peak.
        var syria = await client.GetDocumentAsync("/compare/2023/2024-H1?theatre=SY");
        var camps = syria.QuerySelector("tr[data-metric='camp-population']")!;
        Assert.NotNull(camps.QuerySelector("td[data-period='a'] .not-reported"));
        Assert.Equal("true", camps.QuerySelector("td[data-period='a'] .last-known")!.GetAttribute("data-peak"));
        Assert.Equal("more than 45,000", camps.QuerySelector("td[data-period='b'] .value")!.TextContent);
    }

    [Fact]
    public async Task The_dashboard_uses_the_same_relation_words_and_flags_in_Arabic()
    {
        using var client = factory.CreateClient();
        var english = await client.GetDocumentAsync("/?a=2023&b=2024-H1&theatre=IQ%2BSY");
        var arabic = await client.GetDocumentAsync("/?a=2023&b=2024-H1&theatre=IQ%2BSY&culture=ar");

        foreach (var page in new[] { english, arabic })
        {
            Assert.NotEmpty(page.QuerySelectorAll("li.note[data-relation='repeats'][data-computed='true']"));
            Assert.NotEmpty(page.QuerySelectorAll("li.note.inconsistency[data-whole='IQ+SY'][data-part='IQ']"));
        }

        // A relay repeating the release confirms nothing: it is drawn plainer than an account that agrees, and never
        // in the green of a total that adds up.
        Assert.All(english.QuerySelectorAll(".badge[data-relation='repeats'], .badge[data-relation='differs-in-precision']"), relay =>
            Assert.Equal(["badge", "badge-relay"], relay.ClassList.ToArray()));
        Assert.NotEmpty(english.QuerySelectorAll(".badge[data-relation='differs-in-precision']"));  // the relay's rounded 2,500 fighters
        var badge = english.QuerySelector("li.note[data-computed='true'] .badge[data-relation='repeats']")!.TextContent;
        var arabicBadge = arabic.QuerySelector("li.note[data-computed='true'] .badge[data-relation='repeats']")!.TextContent;
        Assert.NotEqual(badge, arabicBadge);
    }
}
