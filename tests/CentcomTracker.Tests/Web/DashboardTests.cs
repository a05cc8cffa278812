namespace CentcomTracker.Tests.Web;

public sealed class DashboardTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task The_dashboard_shows_the_H1_2024_headline_figures_with_source_footnotes()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/");

        var headline = page.QuerySelector("#headline")!;
        var text = headline.Text();
        foreach (var number in new[] { "153", "196", "137", "59", "30", "14", "74", "92", "≈ 2,500", "more than 9,000", "more than 45,000" })
        {
            Assert.Contains(number, text);
        }

        // H1 2024 ends before the mid-year statement of 16 July; its levels are the latest known.
        var latest = page.QuerySelector("#latest-levels")!.Text();
        Assert.Contains("more than 43,000", latest);
        Assert.Contains("16 July 2024", latest);

        // Every footnote mark points at a source entry that carries its quote.
        var refs = headline.QuerySelectorAll("a.footnote-ref").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.NotEmpty(refs);
        foreach (var href in refs)
        {
            var note = page.QuerySelector(href);
            Assert.NotNull(note);
            Assert.NotNull(note!.QuerySelector("blockquote"));
        }

        Assert.Contains(page.QuerySelectorAll(".footnotes blockquote"), q => q.TextContent.Contains("From January to June 2024, ISIS has claimed 153 attacks"));
        Assert.Contains(page.QuerySelectorAll(".footnotes blockquote[lang=ar][dir=rtl]"), q => q.TextContent.Contains("153 هجوماً"));
    }

    [Fact]
    public async Task Security_headers_forbid_inline_script()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task An_unknown_address_gets_a_page_that_says_so()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/no-such-page", 404);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Health_reports_the_database_reachable()
    {
        using var client = factory.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
    }
}
