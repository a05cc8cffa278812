using System.Globalization;
using CentcomTracker.Tests.Web.Editors;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Tests.Web.Provenance;

public sealed class CiteAndEmbedTests(CiteAndEmbedTests.Host host) : IClassFixture<CiteAndEmbedTests.Host>
{
    public sealed class Host : TrackerFactory;

    [Theory]
    [InlineData("/", "dashboard")]
    [InlineData("/compare/2023/2024-H1", "compare")]
    [InlineData("/metrics/operations", "metric")]
    [InlineData("/?culture=ar", "dashboard")]
    public async Task Every_view_has_a_citation_naming_the_publishers_first_with_a_pinned_permalink_and_a_bundle(string url, string id)
    {
        using var client = host.CreateClient();
        var page = await client.GetDocumentAsync(url);
        var text = page.QuerySelector($"#cite-text-{id}")!;
        var permalink = text.GetAttribute("data-permalink")!;
        History.AssertPinned(await History.LatestVersionAsync(host), permalink);
        Assert.Contains(permalink, text.TextContent);
        // Publishers first: the citation opens with the most cited publisher of the sources shown on the page.
        var publishers = page.QuerySelectorAll("#footnotes bdi, .footnotes bdi, ol bdi").Select(b => b.TextContent.Trim()).Where(p => p.Length > 0).ToHashSet();
        Assert.Contains(publishers, p => text.TextContent.StartsWith(p, StringComparison.Ordinal));
        Assert.StartsWith("/bundle/", page.QuerySelector($"#cite-{id} a[data-bundle]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_permalink_pins_the_change_its_page_shows_not_a_later_one()
    {
        // This instance trusts its reading of the data for an hour, so a change made elsewhere meanwhile is not yet in
        // the numbers it shows: the moment its permalink pins must be the one those numbers come from.
        using var factory = TrackerFactory.With(("Caching:DataVersionSeconds", "3600"));
        using var analyst = factory.CreateBrowser();
        Assert.Equal("66", FirstQuarterInIraq(await analyst.GetDocumentAsync("/?a=2024-Q1&b=2024-Q2&theatre=IQ")));

        // Another instance on the same database corrects Iraq's operations in Q1 2024: a new numbered change.
        using (var other = TrackerFactory.With(("ConnectionStrings:Tracker", factory.ConnectionString)))
        {
            var figure = await History.FigureAsync(other, "operations", "IQ", 66);
            await ReviewTests.ActAsync(other, "other-instance@example.org", async (db, _) =>
            {
                (await db.Figures.SingleAsync(f => f.Id == figure.Id)).Value = 67;
                return await db.SaveChangesAsync();
            });
        }

        var page = await analyst.GetDocumentAsync("/?a=2024-Q1&b=2024-H1&theatre=IQ");
        var permalink = page.QuerySelector("#cite-text-dashboard")!.GetAttribute("data-permalink")!;
        var cited = await analyst.GetDocumentAsync(new Uri(permalink).PathAndQuery);
        Assert.Equal(FirstQuarterInIraq(page), FirstQuarterInIraq(cited));

        static string? FirstQuarterInIraq(AngleSharp.Html.Dom.IHtmlDocument dashboard) =>
            dashboard.QuerySelector("#card-operations .card-line[data-theatre='IQ'] .period-value[data-period='a'] .figure-value")?.GetAttribute("data-value");
    }

    [Fact]
    public async Task Each_chart_has_its_citation_bundle_and_embed()
    {
        using var client = host.CreateClient();
        var page = await client.GetDocumentAsync("/?a=2023&b=2024-H1&theatre=IQ");
        var charts = page.QuerySelectorAll("canvas[data-chart]").Select(c => c.GetAttribute("data-chart")!).ToList();
        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            var cite = page.QuerySelector($"#cite-{chart}")!;
            Assert.Contains("theatre=IQ", cite.QuerySelector("a[data-bundle]")!.GetAttribute("href"));
            Assert.StartsWith($"/embed/charts/{chart}?", cite.QuerySelector("a[data-embed]")!.GetAttribute("href"));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("&culture=ar")]
    public async Task An_embed_is_frameable_and_shows_its_chart_source_and_link_back(string language)
    {
        using var client = host.CreateClient();
        var response = await client.GetAsync($"/embed/charts/by-country?theatre=IQ%2BSY{language}");
        var page = await response.ReadDocumentAsync();
        Assert.Contains("frame-ancestors *", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.NotNull(page.QuerySelector("canvas[data-chart=by-country]"));
        Assert.NotNull(page.QuerySelector("script#chart-by-country[type='application/json']"));
        Assert.NotEmpty(page.QuerySelector(".embed-source")!.TextContent.Trim());
        var back = page.QuerySelector("#embed-back")!.GetAttribute("href")!;
        History.AssertPinned(await History.LatestVersionAsync(host), back);
        Assert.EndsWith("#panel-by-country", back);
        Assert.Equal(language == "" ? "ltr" : "rtl", page.DocumentElement.GetAttribute("dir"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/compare/2023/2024-H1")]
    [InlineData("/metrics/operations")]
    [InlineData("/api/metrics")]
    public async Task Other_pages_still_refuse_to_be_framed(string url)
    {
        using var client = host.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task An_embed_of_a_past_moment_says_which_and_a_bad_moment_is_explained()
    {
        using var client = host.CreateClient();
        var pinned = (await client.GetDocumentAsync("/embed/charts/attacks?asof=v0")).QuerySelector("#asof")!;
        Assert.Equal(("v0", "0"), (pinned.GetAttribute("data-asof"), pinned.GetAttribute("data-version")));
        Assert.Contains("As of data version 0", pinned.TextContent);

        var bad = await client.GetDocumentAsync("/embed/charts/attacks?asof=bad");
        Assert.Null(bad.QuerySelector("#asof"));
        Assert.Contains("Today's data is shown", bad.QuerySelector("#asof-problem")!.TextContent);

        var today = await client.GetDocumentAsync("/embed/charts/attacks");
        Assert.Null(today.QuerySelector("#asof, #asof-problem"));
    }

    [Fact]
    public async Task A_bad_embed_is_refused_in_the_frame_naming_what_could_not_be_read()
    {
        using var client = host.CreateClient();
        using var missing = await client.GetAsync("/embed/charts/nothing");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        AssertFramable(missing);
        // Framed by any site, so in the embed's own layout: no navigation, no account, no form to click.
        var unknown = await missing.ReadDocumentAsync(404);
        Assert.Equal("chart", unknown.QuerySelector("#query-problems li")!.GetAttribute("data-parameter"));
        Assert.Contains("nothing", unknown.QuerySelector("#query-problems")!.TextContent);
        Assert.Empty(unknown.QuerySelectorAll("nav, form, header"));

        using var refused = await client.GetAsync("/embed/charts/by-country?a=2024-13&theatre=XX");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        AssertFramable(refused);
        var page = await refused.ReadDocumentAsync(400);
        var problems = page.QuerySelectorAll("#query-problems li");
        Assert.Equal(["a", "theatre"], problems.Select(li => li.GetAttribute("data-parameter")));
        Assert.Contains("2024-13", problems[0].TextContent);
        Assert.Null(page.QuerySelector("canvas"));

        // A framing site shows the refusal, not the browser's "refused to connect".
        static void AssertFramable(HttpResponseMessage response)
        {
            Assert.Contains("frame-ancestors *", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.False(response.Headers.Contains("X-Frame-Options"));
        }
    }

    [Fact]
    public async Task A_metric_page_says_when_the_last_release_came_and_when_the_next_is_due()
    {
        using var client = host.CreateClient();
        var cadence = (await client.GetDocumentAsync("/metrics/operations")).QuerySelector("#cadence")!;
        var last = DateOnly.ParseExact(cadence.GetAttribute("data-last-release")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var next = DateOnly.ParseExact(cadence.GetAttribute("data-next-expected")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.True(next > last);
        // The seed's releases are from 2024: long overdue by now.
        Assert.Equal("true", cadence.GetAttribute("data-overdue"));
        // Its sentences are apart: "… 2026. Releases usually come …", not "2026.Releases".
        var text = System.Text.RegularExpressions.Regex.Replace(cadence.TextContent, @"\s+", " ");
        Assert.Matches(@"\. Last figure entered here on [^.]+\. Releases usually come every \d+ days, so the next was expected by [^.]+\. It is overdue\.", text);
    }
}
