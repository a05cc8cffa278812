using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace CentcomTracker.Tests.Web;

/// <summary>
/// Like-for-like comparisons and baselines, the same on the dashboard's cards, the compare page, the chart CSV and
/// the API: no raw change across sources or between periods of unequal length or one inside the other.
/// </summary>
public sealed class ComparisonTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private static JsonNode Row(JsonNode compare, string metric, string theatre) =>
        compare.Items("rows").Single(r => r["metric"]!.Text("code") == metric && r["theatre"]!.Text("code") == theatre);

    private static decimal Number(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Claimed_attacks_2022_against_2023_give_no_change_across_BBC_and_AP_and_offer_the_BBC_pair_in_the_API()
    {
        using var client = factory.CreateClient();
        var derived = Row(await client.GetJsonAsync("/api/compare?a=2022&b=2023"), "attacks-claimed", "IQ+SY")["derived"]!;

        Assert.True(derived.IsExplicitNull("change"));
        Assert.True(derived.IsExplicitNull("percentChange"));
        Assert.False(derived["comparable"]!.GetValue<bool>());
        Assert.Equal("different-sources", derived.Text("reason"));
        Assert.Contains("BBC Monitoring", derived.Text("reasonText"));

        var like = derived["likeForLike"]!;
        Assert.Equal("bbc-monitoring", like.Text("series"));
        Assert.Equal(693, like["a"]!.Long("value"));
        Assert.Equal(253, like["b"]!.Long("value"));
        Assert.Equal(11, like["b"]!["coverage"]!.Long("coveredMonths"));
        Assert.Equal(["IQ 401 141", "SY 292 112"], like.Items("byMember").Select(m => $"{m.Text("theatre")} {m.Long("a")} {m.Long("b")}"));
        Assert.Equal("partial", like["derived"]!.Text("reason"));
        Assert.True(like["derived"]!.IsExplicitNull("change"));
    }

    [Fact]
    public async Task Claimed_attacks_2022_against_2023_on_the_dashboard_and_the_compare_page()
    {
        using var client = factory.CreateClient();
        var dashboard = await client.GetDocumentAsync("/?a=2022&b=2023");
        var compare = await client.GetDocumentAsync("/compare/2022/2023?theatre=IQ%2BSY");
        foreach (var derived in new[]
                 {
                     dashboard.QuerySelector("#card-attacks-claimed .derived")!,
                     compare.QuerySelector("section[data-theatre='IQ+SY'] tr[data-metric=attacks-claimed] .derived")!,
                 })
        {
            Assert.Equal("false", derived.GetAttribute("data-comparable"));
            Assert.Equal("different-sources", derived.GetAttribute("data-reason"));
            Assert.Null(derived.QuerySelector(".change"));
            var like = derived.QuerySelector(".like-for-like")!;
            Assert.Equal(("693", "253"), (like.GetAttribute("data-a"), like.GetAttribute("data-b")));
            Assert.NotNull(like.QuerySelector("a.footnote-ref"));
        }
    }

    [Fact]
    public async Task The_attacks_chart_CSV_says_why_no_change_is_given_and_names_the_like_for_like_pair()
    {
        using var client = factory.CreateClient();
        var (_, rows) = ChartDownloadTests.Read(await client.GetByteArrayAsync("/charts/attacks.csv?a=2022&b=2023&theatre=IQ%2BSY"));
        var b = rows.Single(r => r["kind"] == "value" && r["period"] == "2023");
        Assert.Equal("121", b["value"]);
        Assert.Contains("693", b["notes"]);
        Assert.Contains("253", b["notes"]);
    }

    [Fact]
    public async Task The_first_quarter_against_the_half_year_gives_rates_only()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?a=2024-Q1&b=2024-H1");
        var operations = page.QuerySelector("#card-operations .derived")!;
        Assert.Equal("one-contains-the-other", operations.GetAttribute("data-reason"));
        Assert.Null(operations.QuerySelector(".change"));
        Assert.NotNull(operations.QuerySelector(".rate"));

        var derived = Row(await client.GetJsonAsync("/api/compare?a=2024-Q1&b=2024-H1"), "operations", "IQ+SY")["derived"]!;
        Assert.True(derived.IsExplicitNull("change"));
        Assert.Equal(["one-contains-the-other", "different-lengths"], derived.Array("reasons").Select(r => r!.GetValue<string>()));
        Assert.False(derived.IsExplicitNull("ratePer30DaysA"));
        Assert.False(derived.IsExplicitNull("ratePer30DaysB"));
    }

    [Fact]
    public async Task A_year_against_half_a_year_leads_with_the_pace_against_APs_121_by_default()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?a=2023&b=2024-H1");
        var derived = page.QuerySelector("#card-attacks-claimed .derived")!;
        Assert.Null(derived.QuerySelector(".change")); // not "+32 (+26%)"
        Assert.Equal("different-sources different-lengths", derived.GetAttribute("data-reasons"));
        Assert.Equal("306", derived.QuerySelector(".pace")!.GetAttribute("data-pace"));
        var ratio = derived.QuerySelector(".pace-ratio:not(.alternative)")!;
        Assert.Equal(2.5m, Math.Round(Number(ratio.GetAttribute("data-ratio")!), 1));
        Assert.Equal("ap", ratio.GetAttribute("data-baseline"));
        var baseline = derived.QuerySelector(".baseline")!;
        Assert.Equal(("false", "covers-whole-period"), (baseline.GetAttribute("data-chosen"), baseline.GetAttribute("data-default-reason")));

        // BBC Monitoring's January–November 253, annualised to ≈ 276 first: 306 ÷ 276 ≈ 1.1, and a link to choose it.
        var bbc = derived.QuerySelector(".pace-ratio.alternative")!;
        Assert.Equal(1.1m, Math.Round(Number(bbc.GetAttribute("data-ratio")!), 1));
        Assert.Equal("/?a=2023&b=2024-H1&theatre=IQ%2BSY&baseline=bbc-monitoring", bbc.QuerySelector("a.choose-baseline")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_rate_over_the_months_a_partial_sum_covers_carries_their_qualifier_not_the_sums_at_least()
    {
        // Iraq's 2023 claimed attacks: BBC Monitoring's 141 over January–November. The year's total is at least 141;
        // the rate over the 334 days counted is exactly 141 × 30 ÷ 334.
        using var client = factory.CreateClient();
        var row = Row(await client.GetJsonAsync("/api/compare?a=2022&b=2023&theatre=IQ"), "attacks-claimed", "IQ");
        Assert.Equal("at-least", row["b"]!.Text("qualifier"));
        var rate = row["derived"]!["ratePer30DaysB"]!;
        Assert.Equal(("exact", "b × 30 ÷ 334 days"), (rate.Text("qualifier"), rate.Text("formula")));
        Assert.Equal(12.66m, Math.Round(rate.Decimal("value"), 2));
        Assert.Equal("exact", row["derived"]!["rateChangePercent"]!.Text("qualifier"));
    }

    [Fact]
    public async Task A_chosen_baseline_is_kept_in_the_permalink_the_downloads_and_the_API()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?a=2023&b=2024-H1&baseline=bbc-monitoring");
        var ratio = page.QuerySelector("#card-attacks-claimed .pace-ratio:not(.alternative)")!;
        Assert.Equal("bbc-monitoring", ratio.GetAttribute("data-baseline"));
        Assert.Equal(1.1m, Math.Round(Number(ratio.GetAttribute("data-ratio")!), 1));
        Assert.Equal("true", page.QuerySelector("#card-attacks-claimed .baseline")!.GetAttribute("data-chosen"));
        Assert.Equal("ap", page.QuerySelector("#card-attacks-claimed .pace-ratio.alternative")!.GetAttribute("data-baseline"));

        Assert.All(page.QuerySelectorAll("a.quick-link, #panel-attacks a[href^='/charts/']"), a => Assert.Contains("baseline=bbc-monitoring", a.GetAttribute("href")));
        Assert.Equal("bbc-monitoring", page.QuerySelector("#view-form input[name=baseline]")!.GetAttribute("value"));

        var derived = Row(await client.GetJsonAsync("/api/compare?a=2023&b=2024-H1&baseline=bbc-monitoring"), "attacks-claimed", "IQ+SY")["derived"]!;
        Assert.True(derived["baseline"]!["chosen"]!.GetValue<bool>());
        Assert.Equal(253, derived["paceRatio"]!.Items("inputs").Single(i => i.Text("name") == "a").Long("value"));
        Assert.InRange(derived["paceRatio"]!.Decimal("value"), 1.10m, 1.11m);

        // The chart still shows the resolved 121 as 2023's bar, and says of the hatched 253 that it is the baseline chosen.
        var (_, chosen) = ChartDownloadTests.Read(await client.GetByteArrayAsync("/charts/attacks.csv?a=2023&b=2024-H1&baseline=bbc-monitoring"));
        Assert.Contains("the baseline chosen for the pace", chosen.Single(r => r["kind"] == "alternative" && r["value"] == "253")["notes"]);
        Assert.DoesNotContain("baseline chosen", chosen.Single(r => r["kind"] != "alternative" && r["value"] == "121")["notes"]);
        var (_, byDefault) = ChartDownloadTests.Read(await client.GetByteArrayAsync("/charts/attacks.csv?a=2023&b=2024-H1"));
        Assert.DoesNotContain("baseline chosen", byDefault.Single(r => r["kind"] == "alternative" && r["value"] == "253")["notes"]);

        var compare = await client.GetDocumentAsync("/compare/2023/2024-H1?theatre=IQ%2BSY&baseline=bbc-monitoring");
        Assert.Equal("bbc-monitoring", compare.QuerySelector("tr[data-metric=attacks-claimed] .pace-ratio:not(.alternative)")!.GetAttribute("data-baseline"));
    }

    [Theory]
    [InlineData("IQ+SY")]
    [InlineData("IQ%2BSY")]
    [InlineData("IQ%20SY")]
    [InlineData("iq+sy")]
    [InlineData("IQ%252BSY")]
    public async Task The_combined_theatre_is_read_however_it_is_written(string written)
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?a=2023&b=2024-H1&theatre=" + written);
        Assert.Null(page.QuerySelector("#query-problems"));
        Assert.Equal("IQ+SY", page.QuerySelector("#theatre option[selected]")!.GetAttribute("value"));

        var api = await client.GetJsonAsync("/api/compare?a=2023&b=2024-H1&theatre=" + written);
        Assert.Equal("IQ+SY", api.Text("theatre"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/charts/attacks.csv?a=2023&b=2024-H1&theatre=" + written)).StatusCode);
        Assert.Equal("IQ+SY", (await client.GetJsonAsync("/api/resolve?metric=operations&period=2024-H1&theatre=" + written)).Text("theatre"));
        var figures = await client.GetDocumentAsync("/figures?theatre=" + written);
        Assert.Equal("IQ+SY", figures.QuerySelector("select[name=theatre] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_compare_page_redirects_a_combined_theatre_written_with_a_space_to_its_encoded_address()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/compare/2023/2024-H1?theatre=IQ+SY");
        Assert.Equal("/compare/2023/2024-H1?theatre=IQ%2BSY", response.AssertRedirect());
    }

    [Fact]
    public async Task Every_link_the_dashboard_writes_encodes_the_combined_theatre()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?a=2023&b=2024-H1&theatre=IQ%2BSY");
        var links = page.QuerySelectorAll("a[href*='theatre=']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.DoesNotContain("theatre=IQ+SY", href));
        Assert.All(links, href => Assert.DoesNotContain("theatre=IQ SY", href));
        Assert.Contains(links, href => href.Contains("theatre=IQ%2BSY", StringComparison.Ordinal));
    }
}
