using CentcomTracker.Tests.Domain;

namespace CentcomTracker.Tests.Web;

public sealed class MetricAndSourcePagesTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task A_metric_page_shows_the_monthly_series_with_gaps_and_every_figure_by_theatre()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/metrics/operations");
        Assert.Equal("Defeat-ISIS operations", page.QuerySelector("h1")!.TextContent);

        var series = page.QuerySelector("#series")!;
        Assert.Equal("month", series.GetAttribute("data-granularity"));
        Assert.Equal("43", series.QuerySelector("tr[data-period='2023-01'] td[data-theatre='IQ+SY'] .value")!.TextContent);
        Assert.Equal("not reported", series.QuerySelector("tr[data-period='2023-08'] td[data-theatre='IQ+SY']")!.Text());
        Assert.DoesNotContain(series.QuerySelectorAll("td .value"), v => v.TextContent == "0");

        // Every figure, grouped by theatre, each linking to its source and, through a footnote, its quote.
        var expected = SeedFacts.Data.Figures.Where(f => f.Metric == "operations").GroupBy(f => f.Theatre).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (theatre, count) in expected)
        {
            var rows = page.QuerySelectorAll($"table.figures[data-theatre='{theatre}'] tbody tr").ToList();
            Assert.Equal(count, rows.Count);
            Assert.All(rows, row =>
            {
                Assert.NotNull(row.QuerySelector("a[href^='/sources/']"));
                var note = page.QuerySelector(row.QuerySelector("a.footnote-ref")!.GetAttribute("href")!);
                Assert.False(string.IsNullOrWhiteSpace(note?.QuerySelector("blockquote")?.TextContent));
            });
        }
    }

    [Fact]
    public async Task A_metric_by_quarter_shows_the_coverage_of_partial_sums()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/metrics/operations?granularity=quarter");
        var cell = page.QuerySelector("#series tr[data-period='2023-Q3'] td[data-theatre='IQ+SY']")!;
        // A partial sum is a lower bound: "at least 31", with its coverage.
        Assert.Equal("at least 31", cell.QuerySelector(".value")!.TextContent);
        Assert.Contains("1 of 3 months", cell.Text());
        Assert.Contains("active", page.QuerySelector("a[aria-current=page]")!.ClassList);
    }

    [Fact]
    public async Task An_unreadable_granularity_shows_the_default_with_a_message()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/metrics/operations?granularity=fortnight");
        Assert.Contains("\"fortnight\" is not a granularity", page.QuerySelector(".alert")!.TextContent);
        Assert.Equal("month", page.QuerySelector("#series")!.GetAttribute("data-granularity"));
    }

    [Fact]
    public async Task A_level_metric_shows_the_level_dated_in_each_year_and_only_the_peak_as_last_known_before()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/metrics/camp-population");
        Assert.Equal("year", page.QuerySelector("#series")!.GetAttribute("data-granularity"));
        var cell = page.QuerySelector("#series tr[data-period='2024'] td[data-theatre='SY']")!;
        Assert.Equal("more than 43,000", cell.QuerySelector(".value")!.TextContent);
        Assert.Contains("as of 16 July 2024", cell.Text());
        // 2021: nothing dated then; the 2019 peak is not carried forward, only offered as a peak.
        var y2021 = page.QuerySelector("#series tr[data-period='2021'] td[data-theatre='SY']")!;
        Assert.NotNull(y2021.QuerySelector(".not-reported"));
        Assert.Null(y2021.QuerySelector(".value"));
        var last = y2021.QuerySelector(".last-known")!;
        Assert.Equal("true", last.GetAttribute("data-peak"));
        Assert.Equal("2019", last.GetAttribute("data-as-of"));
    }

    [Fact]
    public async Task A_combined_theatre_smaller_than_one_of_its_countries_is_flagged_in_the_metric_table()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/metrics/attacks-claimed?granularity=year");
        var both = page.QuerySelector("#series tr[data-period='2023'] td[data-theatre='IQ+SY']")!;
        Assert.Equal("121", both.QuerySelector(".value")!.TextContent);
        var flag = both.QuerySelector(".inconsistency")!;
        Assert.Equal("IQ+SY", flag.GetAttribute("data-whole"));
        Assert.Equal("IQ", flag.GetAttribute("data-part"));
        Assert.NotNull(page.QuerySelector("#series tr[data-period='2023'] td[data-theatre='IQ'] .inconsistency[data-whole='IQ+SY']"));
        Assert.Null(page.QuerySelector("#series tr[data-period='2023'] td[data-theatre='SY'] .inconsistency"));
    }

    [Fact]
    public async Task The_sources_list_gives_every_source_with_its_tier_language_and_number_of_figures()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/sources");
        var rows = page.QuerySelectorAll("#sources tbody tr").ToList();
        Assert.Equal(SeedFacts.Data.Sources.Count, rows.Count);

        var s1 = page.QuerySelector("#sources tr[data-source='1']")!;
        var title = s1.QuerySelector("a[href='/sources/1']")!;
        Assert.Equal("ar", title.GetAttribute("lang"));
        Assert.Equal("rtl", title.GetAttribute("dir"));
        Assert.Contains("relay", s1.Text());
        Assert.Equal(SeedFacts.Data.Figures.Count(f => f.Source == "S1").ToString(), s1.QuerySelector("td:last-child")!.TextContent);
    }

    [Fact]
    public async Task A_source_shows_what_it_reported_with_Arabic_quotes_right_to_left_and_their_English_rendering()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/sources/1");
        Assert.Equal("rtl", page.QuerySelector("h1")!.GetAttribute("dir"));

        var quote = page.QuerySelectorAll("blockquote[lang=ar][dir=rtl]").Single(q => q.TextContent.Contains("153 هجوماً"));
        var card = quote.Closest("article")!;
        Assert.Contains("CENTCOM said in a post on X", card.QuerySelector("[lang=en][dir=ltr]")!.TextContent);
        var figure = Assert.Single(card.QuerySelectorAll("tbody tr"));
        Assert.Equal("attacks-claimed", figure.GetAttribute("data-metric"));
        Assert.Contains("H1 2024", figure.Text());
        Assert.Contains("153", figure.Text());

        // One sentence, several numbers: the quote is shown once with all three.
        var syria = page.QuerySelectorAll("article").Single(a => a.QuerySelector("blockquote")!.TextContent.Contains("59 عمليّةً"));
        Assert.Equal(["operations", "killed", "detained"], syria.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-metric")));
        Assert.Equal(SeedFacts.Data.Figures.Count(f => f.Source == "S1"), page.QuerySelectorAll("article tbody tr").Length);
    }

    [Fact]
    public async Task A_source_lists_its_figures_a_page_at_a_time_with_links_and_a_bounded_page_size()
    {
        using var client = factory.CreateClient();
        var all = (await client.GetDocumentAsync("/sources/1")).QuerySelectorAll("article tbody tr").Select(r => r.GetAttribute("data-figure")!).ToList();
        Assert.True(all.Count > 4, "S1 reports enough figures to page through");

        // Walk the pages by their "next" links, as a keyboard user would: every figure once, two to a page, each with its quote.
        var seen = new List<string>();
        var last = new List<string>();
        var url = "/sources/1?size=2";
        var pages = 0;
        while (url is not null)
        {
            var page = await client.GetDocumentAsync(url);
            pages++;
            var rows = page.QuerySelectorAll("article tbody tr");
            Assert.InRange(rows.Length, 1, 2);
            Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Closest("article")!.QuerySelector("blockquote")!.TextContent)));
            Assert.Equal(all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#figures-shown")!.GetAttribute("data-total"));
            last = rows.Select(r => r.GetAttribute("data-figure")!).ToList();
            seen.AddRange(last);
            url = page.QuerySelector("a[data-page-link=next]")?.GetAttribute("href");
            Assert.True(url is null || url.EndsWith("#reported-heading", StringComparison.Ordinal), url);
        }

        Assert.Equal((all.Count + 1) / 2, pages);
        Assert.Equal(all.Order(), seen.Order());
        Assert.Equal(all.Count, seen.Distinct().Count());

        // A size beyond the largest page is clamped to it (here: everything on one page, no pager); a page past the end
        // shows the last.
        var huge = await client.GetDocumentAsync("/sources/1?size=1000000");
        Assert.Equal(all, huge.QuerySelectorAll("article tbody tr").Select(r => r.GetAttribute("data-figure")!));
        Assert.Null(huge.QuerySelector("nav.pager"));
        var past = await client.GetDocumentAsync("/sources/1?size=2&p=99999");
        Assert.Equal(last, past.QuerySelectorAll("article tbody tr").Select(r => r.GetAttribute("data-figure")!));
    }

    [Fact]
    public async Task A_year_summed_from_months_names_the_tally_reported_inside_it()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/metrics/operations?granularity=year");

        var cell = page.QuerySelector("tr[data-period='2023'] td[data-theatre='IQ+SY']")!;
        var tally = Assert.Single(cell.QuerySelectorAll(".reconciliation"));
        Assert.Equal("2023-01-01..2023-07-31", tally.GetAttribute("data-period"));
        Assert.Equal("279", tally.GetAttribute("data-reported"));
        Assert.Equal("269", tally.GetAttribute("data-sum"));
    }
}
