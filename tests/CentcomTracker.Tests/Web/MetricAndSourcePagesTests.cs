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
        Assert.Equal("31", cell.QuerySelector(".value")!.TextContent);
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
    public async Task A_level_metric_shows_the_latest_value_by_year_with_its_date()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/metrics/camp-population");
        Assert.Equal("year", page.QuerySelector("#series")!.GetAttribute("data-granularity"));
        var cell = page.QuerySelector("#series tr[data-period='2024'] td[data-theatre='SY']")!;
        Assert.Equal("more than 43,000", cell.QuerySelector(".value")!.TextContent);
        Assert.Contains("as of 16 July 2024", cell.Text());
        Assert.Contains("latest known", page.QuerySelector("#series tr[data-period='2021'] td[data-theatre='SY']")!.Text());
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
}
