using System.Text.Json.Nodes;
using CentcomTracker.Tests.Domain;
using CentcomTracker.Web.Domain;

namespace CentcomTracker.Tests.Web;

public sealed class ApiTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task Operations_in_H1_2024_are_the_reported_196_reconciled_with_Iraq_137_and_Syria_59()
    {
        using var client = factory.CreateClient();
        var r = await client.GetJsonAsync("/api/resolve?metric=operations&theatre=IQ%2BSY&period=2024-H1");

        Assert.Equal(196, r.Long("value"));
        Assert.Equal("exact", r.Text("qualifier"));
        Assert.Equal("reported", r.Text("how"));
        Assert.Equal("2024-H1", r.Text("period"));
        var figure = Assert.Single(r.Items("figures"));
        Assert.Contains("conducted 196 Defeat ISIS Missions", figure.Text("quote"));
        Assert.Equal("US Central Command, statement reproduced verbatim by Little Apple Post", figure["source"]!.Text("publisher"));
        Assert.Equal("primary", figure["source"]!.Text("tier"));

        var byCountry = Assert.Single(r.Items("reconciliations"), rec => rec.Text("kind") == "summed-over-members");
        Assert.Equal(196, byCountry.Long("reported"));
        Assert.Equal(196, byCountry.Long("sum"));
        Assert.Equal(0, byCountry.Long("difference"));
        Assert.Equal("matches", byCountry.Text("agreement"));
        Assert.Equal(["IQ 137", "SY 59"], byCountry.Items("parts").Select(p => $"{p.Text("theatre")} {p.Long("value")}"));

        // Each part's figures come with their source and quote, so the sum is as traceable as the total.
        var partFigures = byCountry.Items("figures").ToList();
        Assert.Equal(byCountry.Items("parts").SelectMany(p => p.Array("figureIds").Select(id => id!.GetValue<int>())).Order(),
            partFigures.Select(f => f["id"]!.GetValue<int>()).Order());
        Assert.Contains(partFigures, f => f.Text("quote").StartsWith("In Syria, 59 operations conducted alongside the SDF", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Attacks_claimed_in_2023_and_H1_2024_compare_121_with_153_on_pace_for_2_5_times_with_BBC_Monitoring_as_the_other_baseline()
    {
        using var client = factory.CreateClient();
        var compare = await client.GetJsonAsync("/api/compare?a=2023&b=2024-H1");
        Assert.Equal("2023", compare.Text("a"));
        Assert.Equal("2024-H1", compare.Text("b"));
        Assert.True(compare.IsExplicitNull("theatre"));

        var row = Row(compare, "attacks-claimed", "IQ+SY");
        Assert.Equal("هجمات تبنّاها داعش", row["metric"]!["name"]!.Text("ar"));
        Assert.Equal(121, row["a"]!.Long("value"));
        Assert.Equal(153, row["b"]!.Long("value"));

        // 12 months of AP against 6 of CENTCOM: no raw "+32", the pace leads.
        var derived = row["derived"]!;
        Assert.True(derived.IsExplicitNull("change"));
        Assert.False(derived["comparable"]!.GetValue<bool>());
        Assert.Equal("different-sources", derived.Text("reason"));
        Assert.Equal(["different-sources", "different-lengths"], derived.Array("reasons").Select(r => r!.GetValue<string>()));
        var pace = derived["pace"]!;
        Assert.Equal(306m, pace.Decimal("value"));
        Assert.Equal("b × 12 ÷ 6 months", pace.Text("formula"));
        Assert.Equal(153, Assert.Single(pace.Items("inputs")).Long("value"));

        var ratio = derived["paceRatio"]!;
        Assert.InRange(ratio.Decimal("value"), 2.5m, 2.55m);
        Assert.Equal(2.5289m, ratio.Decimal("value"));
        Assert.Equal(["pace 306", "a 121"], ratio.Items("inputs").Select(i => $"{i.Text("name")} {i.Decimal("value")}"));

        // BBC Monitoring's count (Iraq 141 + Syria 112, January to November) is shown as the other baseline, with its coverage.
        var bbc = Assert.Single(row["a"]!.Items("alternatives"));
        Assert.Equal(253, bbc.Long("value"));
        Assert.False(bbc["coverage"]!["isComplete"]!.GetValue<bool>());
        Assert.Equal(11, bbc["coverage"]!.Long("coveredMonths"));
        Assert.All(bbc.Items("figures"), f => Assert.Contains("BBC Monitoring", f["source"]!.Text("publisher")));
        // Annualised before the ratio (253 × 12 ÷ 11 ≈ 276), so a year's pace meets a year's count: 306 ÷ 276 ≈ 1.1.
        var alternativeRatio = Assert.Single(derived.Items("alternativePaceRatios"));
        Assert.InRange(alternativeRatio.Decimal("value"), 1.10m, 1.11m);
        var baseline = Assert.Single(alternativeRatio.Items("inputs"), i => i.Text("name") == "baseline");
        Assert.Equal(253, baseline.Long("value"));
        Assert.Equal([7], baseline.Array("sourceIds").Select(id => id!.GetValue<int>()));
        Assert.Equal(276m, Math.Round(Assert.Single(alternativeRatio.Items("inputs"), i => i.Text("name") == "baseline-pace").Decimal("value"), 0));

        // The default baseline and why; the others may be chosen with baseline=.
        var chosen = derived["baseline"]!;
        Assert.Equal("ap", chosen.Text("key"));
        Assert.False(chosen["chosen"]!.GetValue<bool>());
        Assert.Equal("covers-whole-period", chosen.Text("defaultReason"));
        Assert.Equal(["ap", "bbc-monitoring"], chosen.Items("options").Select(o => o.Text("key")));
    }

    [Fact]
    public async Task Killed_in_2023_is_a_partial_sum_that_leaves_March_out_and_says_what_it_covers()
    {
        using var client = factory.CreateClient();
        var compare = await client.GetJsonAsync("/api/compare?a=2023&b=2024-H1&theatre=IQ%2BSY");
        Assert.Equal("IQ+SY", compare.Text("theatre"));
        Assert.All(compare.Items("rows"), row => Assert.Equal("IQ+SY", row["theatre"]!.Text("code")));

        var killed = Row(compare, "killed", "IQ+SY");
        var a = killed["a"]!;
        Assert.Equal("summed-over-time", a.Text("how"));
        Assert.False(a["coverage"]!["isComplete"]!.GetValue<bool>());
        Assert.Equal(8, a["coverage"]!.Long("coveredMonths"));
        Assert.Equal(12, a["coverage"]!.Long("totalMonths"));
        Assert.DoesNotContain(a.Items("parts"), p => p.Text("period") == "2023-03");
        Assert.All(a.Items("parts"), p => Assert.False(p.IsExplicitNull("value")));
        Assert.Equal(a.Long("value"), a.Items("parts").Sum(p => p.Long("value")));

        // A partial sum would understate the change, so none is given; H1 2024 still has its pace.
        Assert.True(killed["derived"]!.IsExplicitNull("change"));
        Assert.True(killed["derived"]!.IsExplicitNull("percentChange"));
        Assert.Equal(88m, killed["derived"]!["pace"]!.Decimal("value"));

        var march = await client.GetJsonAsync("/api/resolve?metric=killed&theatre=IQ%2BSY&period=2023-03");
        Assert.True(march.IsExplicitNull("value"));
        Assert.True(march.IsExplicitNull("qualifier"));
        Assert.Equal("not-reported", march.Text("how"));
        Assert.Empty(march.Items("figures"));
    }

    [Fact]
    public async Task Figures_are_paged_with_the_total_and_a_link_to_the_next_page()
    {
        using var client = factory.CreateClient();
        var total = SeedFacts.Data.Figures.Count;

        var first = await client.GetJsonAsync("/api/figures?pageSize=40");
        Assert.Equal(total, first.Long("totalCount"));
        Assert.Equal((total + 39) / 40, first.Long("totalPages"));
        Assert.Equal(40, first.Array("items").Count);
        Assert.True(first.IsExplicitNull("previous"));
        Assert.Equal("/api/figures?page=2&pageSize=40", first.Text("next"));

        var second = await client.GetJsonAsync(first.Text("next"));
        Assert.Equal(2, second.Long("page"));
        Assert.Equal("/api/figures?page=1&pageSize=40", second.Text("previous"));
        Assert.Empty(first.Items("items").Select(Id).Intersect(second.Items("items").Select(Id)));

        // Following "next" to the end visits every figure exactly once.
        var seen = new List<int>();
        string? next = "/api/figures?pageSize=40";
        while (next is not null)
        {
            var page = await client.GetJsonAsync(next);
            seen.AddRange(page.Items("items").Select(Id));
            next = page["next"]?.GetValue<string>();
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());

        var beyond = await client.GetJsonAsync("/api/figures?page=99&pageSize=40");
        Assert.Empty(beyond.Items("items"));
        Assert.True(beyond.IsExplicitNull("next"));
    }

    [Fact]
    public async Task Figures_filter_by_metric_theatre_and_overlapping_period_and_keep_the_filters_in_the_links()
    {
        using var client = factory.CreateClient();
        var year = Period.Parse("2023");
        var expected = SeedFacts.Data.Figures.Count(f => f.Metric == "operations" && f.Theatre == "IQ+SY" && Period.Parse(f.Period).Overlaps(year));

        var page = await client.GetJsonAsync("/api/figures?metric=operations&theatre=IQ%2BSY&from=2023&to=2023&pageSize=5");
        Assert.Equal(expected, page.Long("totalCount"));
        Assert.Equal("/api/figures?metric=operations&theatre=IQ%2BSY&from=2023&to=2023&page=2&pageSize=5", page.Text("next"));
        Assert.All(page.Items("items"), f =>
        {
            Assert.Equal("operations", f.Text("metric"));
            Assert.Equal("IQ+SY", f.Text("theatre"));
            Assert.True(Period.Parse(f.Text("period")).Overlaps(year));
            Assert.False(string.IsNullOrWhiteSpace(f.Text("quote")));
        });
    }

    [Fact]
    public async Task A_series_shows_gaps_as_null_never_as_zero()
    {
        using var client = factory.CreateClient();
        var series = await client.GetJsonAsync("/api/series/operations?theatre=IQ%2BSY&granularity=month&from=2023&to=2023");
        Assert.Equal("month", series.Text("granularity"));
        var points = series.Items("points").ToDictionary(p => p.Text("period"));
        Assert.Equal(12, points.Count);

        Assert.Equal(43, points["2023-01"].Long("value"));
        Assert.Equal("reported", points["2023-01"].Text("how"));
        foreach (var gap in new[] { "2023-08", "2023-09", "2023-10", "2023-11", "2023-12" })
        {
            Assert.True(points[gap].IsExplicitNull("value"), $"{gap} should be a gap");
            Assert.Equal("not-reported", points[gap].Text("how"));
        }

        Assert.DoesNotContain(points.Values, p => p["value"] is { } v && v.GetValue<long>() == 0);

        var quarters = await client.GetJsonAsync("/api/series/operations?theatre=IQ%2BSY&granularity=quarter&from=2023&to=2023");
        var q3 = quarters.Items("points").Single(p => p.Text("period") == "2023-Q3");
        Assert.Equal(31, q3.Long("value"));
        Assert.Equal("summed-over-time", q3.Text("how"));
        Assert.Equal(1, q3["coverage"]!.Long("coveredMonths"));
        Assert.Equal(3, q3["coverage"]!.Long("totalMonths"));
    }

    [Fact]
    public async Task Levels_in_a_series_are_dated_inside_their_bucket_and_a_peak_is_only_last_known()
    {
        using var client = factory.CreateClient();
        var series = await client.GetJsonAsync("/api/series/camp-population?theatre=SY&granularity=year");
        var points = series.Items("points").ToDictionary(p => p.Text("period"));
        Assert.Equal("level", points["2024"].Text("how"));
        Assert.Equal(43_000, points["2024"].Long("value"));
        Assert.Equal("more-than", points["2024"].Text("qualifier"));
        Assert.Equal("2024-07-16", points["2024"].Text("asOf"));
        Assert.Equal("not-reported", points["2021"].Text("how"));
        Assert.Null(points["2021"]["value"]);
        Assert.True(points["2021"]["lastKnown"]!["isPeak"]!.GetValue<bool>());
        Assert.Equal(70_000, points["2021"]["lastKnown"]!.Long("value"));
        Assert.Equal("2019", points["2021"]["lastKnown"]!.Text("asOf"));
    }

    [Fact]
    public async Task The_quarterly_camp_series_does_not_run_flat_at_the_2019_peak()
    {
        using var client = factory.CreateClient();
        var series = await client.GetJsonAsync("/api/series/camp-population?theatre=SY&granularity=quarter");
        var points = series.Items("points").ToDictionary(p => p.Text("period"));
        foreach (var quarter in points.Keys.Where(q => string.CompareOrdinal(q, "2019-Q4") >= 0 && string.CompareOrdinal(q, "2024-Q1") <= 0))
        {
            Assert.Null(points[quarter]["value"]);
        }

        Assert.Equal(45_000, points["2024-Q2"].Long("value"));
        Assert.Equal(43_000, points["2024-Q3"].Long("value"));
    }

    [Fact]
    public async Task Metrics_and_theatres_carry_their_codes_and_names_in_English_and_Arabic()
    {
        using var client = factory.CreateClient();
        var metrics = (await client.GetJsonAsync("/api/metrics")).AsArray().Select(m => m!).ToList();
        Assert.Equal(9, metrics.Count);
        var operations = metrics.Single(m => m.Text("code") == "operations");
        Assert.Equal("count", operations.Text("kind"));
        Assert.Equal("Defeat-ISIS operations", operations["name"]!.Text("en"));
        Assert.Equal("عمليات هزيمة داعش", operations["name"]!.Text("ar"));
        Assert.Equal("level", metrics.Single(m => m.Text("code") == "camp-population").Text("kind"));

        var theatres = (await client.GetJsonAsync("/api/theatres")).AsArray().Select(t => t!).ToList();
        var both = theatres.Single(t => t.Text("code") == "IQ+SY");
        Assert.Equal(["IQ", "SY"], both.Array("members").Select(m => m!.GetValue<string>()));
        Assert.Equal("العراق وسوريا", both["name"]!.Text("ar"));
        Assert.Equal("SY", theatres.Single(t => t.Text("code") == "SY-HOL").Text("parent"));
    }

    [Fact]
    public async Task Sources_list_their_figure_counts_and_a_source_gives_its_quotes_in_its_own_language()
    {
        using var client = factory.CreateClient();
        var list = await client.GetJsonAsync("/api/sources?pageSize=500");
        var sources = list.Items("items").ToList();
        Assert.Equal(SeedFacts.Data.Sources.Count, sources.Count);
        Assert.Equal(SeedFacts.Data.Sources.Count, list.Long("totalCount"));
        Assert.Equal(SeedFacts.Data.Figures.Count(f => f.Source == "S1"), sources.Single(s => s["id"]!.GetValue<int>() == 1).Long("figureCount"));

        var response = await client.GetAsync("/api/sources/1");
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Contains("153 هجوماً", raw);  // UTF-8 text, not \u escapes
        var s1 = JsonNode.Parse(raw)!;
        Assert.Equal("ar", s1.Text("language"));
        Assert.Equal(SeedFacts.Data.Figures.Count(f => f.Source == "S1"), s1.Long("figuresTotal"));
        Assert.Equal(s1.Long("figuresTotal"), s1.Items("figures").Count());
        Assert.Null(s1["next"]);
        var attacks = s1.Items("figures").Single(f => f.Text("metric") == "attacks-claimed");
        Assert.Contains("153 هجوماً", attacks.Text("quote"));
        Assert.StartsWith("CENTCOM said in a post on X", attacks.Text("translation"));

        var figure = await client.GetJsonAsync($"/api/figures/{attacks["id"]}");
        Assert.Equal(attacks.Text("quote"), figure.Text("quote"));
        Assert.Equal(1, figure["source"]!["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task Sources_and_a_sources_figures_come_a_page_at_a_time_with_links_that_reach_every_one()
    {
        using var client = factory.CreateClient();
        async Task<List<JsonNode>> Walk(string url, string items)
        {
            var all = new List<JsonNode>();
            for (string? next = url; next is not null;)
            {
                var page = await client.GetJsonAsync(next);
                var rows = page.Items(items).ToList();
                Assert.InRange(rows.Count, 1, 3);
                all.AddRange(rows);
                next = page["next"]?.GetValue<string>();
                Assert.True(next is null || next.Contains("pageSize=3", StringComparison.Ordinal), next);
            }

            return all;
        }

        var sources = await Walk("/api/sources?pageSize=3", "items");
        Assert.Equal(SeedFacts.Data.Sources.Count, sources.Select(s => s["id"]!.GetValue<int>()).Distinct().Count());
        var ofS1 = await Walk("/api/sources/1?pageSize=3", "figures");
        Assert.Equal(SeedFacts.Data.Figures.Count(f => f.Source == "S1"), ofS1.Select(f => f["id"]!.GetValue<int>()).Distinct().Count());

        // A page size beyond the largest is refused with Problem Details naming the parameter, never answered unbounded.
        var refused = await client.GetAsync("/api/sources?pageSize=100000");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("pageSize", await refused.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await client.GetAsync("/api/sources/1?page=0")).StatusCode);
    }

    private static JsonNode Row(JsonNode compare, string metric, string theatre) =>
        compare.Items("rows").Single(r => r["metric"]!.Text("code") == metric && r["theatre"]!.Text("code") == theatre);

    private static int Id(JsonNode figure) => figure["id"]!.GetValue<int>();
}

public sealed class ApiMethodTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task A_period_typed_with_Arabic_Indic_digits_resolves_like_its_Latin_label()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/api/resolve?metric=operations&theatre=IQ%2BSY&period=" + Uri.EscapeDataString("٢٠٢٤-H1"));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"value\":196", await response.Content.ReadAsStringAsync());
    }
}
