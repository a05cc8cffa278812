using System.Net;
using System.Text.Json;
using CentcomTracker.Bench;
using CentcomTracker.Web.Commands;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Pages.Figures;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CentcomTracker.Tests.Web.ImportPage;

namespace CentcomTracker.Tests.Web;

/// <summary>One host on the seed plus 40,000 synthetic figures (inserted in bulk, never committed to the repository).</summary>
public sealed class LargeDatabase : IDisposable
{
    public const int Figures = 40_000;

    public LargeDatabase()
    {
        // Correctness only: on a busy test machine a century of cards may take longer than the production deadline.
        Factory = TrackerFactory.With(("RequestTimeouts:Seconds", "300"));
        Client = Factory.CreateClient();  // starts the host: migrated and seeded
        using var connection = new SqliteConnection(Factory.ConnectionString);
        Written = SyntheticFigures.Insert(connection, Figures);
    }

    public TrackerFactory Factory { get; }
    public HttpClient Client { get; }
    public int Written { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}

/// <summary>Correctness at size: every page and API route answers, within a bounded number of bytes, and lists page.</summary>
public sealed class ScaleTests(LargeDatabase large) : IClassFixture<LargeDatabase>
{
    private const int MaxPageBytes = 1024 * 1024;

    [Theory]
    [InlineData("/")]
    [InlineData("/?a=2000..2099&b=2050&theatre=IQ%2BSY")]
    [InlineData("/?a=2000..2009&b=2010-H1&theatre=SY&trend=killed")]
    [InlineData("/compare/2023/2024-H1")]
    [InlineData("/compare/2000..2099/2050?theatre=IQ")]
    [InlineData("/metrics/operations")]
    [InlineData("/metrics/camp-population")]
    [InlineData("/metrics/operations?granularity=year")]
    [InlineData("/sources")]
    [InlineData("/figures")]
    [InlineData("/charts/levels.csv?a=2000..2099&b=2050")]
    [InlineData("/api/resolve?metric=operations&theatre=IQ%2BSY&period=2000..2099")]
    [InlineData("/api/resolve?metric=camp-population&theatre=SY&period=2000..2099")]
    [InlineData("/api/series/operations?theatre=IQ%2BSY&granularity=year")]
    [InlineData("/api/series/killed?theatre=IQ&granularity=month&from=2000-01&to=2009-12")]
    [InlineData("/api/compare?a=2009&b=2050-H1")]
    [InlineData("/api/compare?a=2023&b=2024-H1")]
    [InlineData("/api/compare?a=2000..2099&b=2050&theatre=IQ%2BSY")]
    [InlineData("/api/figures?metric=operations&pageSize=500")]
    [InlineData("/api/sources?pageSize=500")]
    public async Task Every_route_answers_within_bounded_bytes_at_40000_figures(string url)
    {
        Assert.Equal(LargeDatabase.Figures, large.Written);
        using var response = await large.Client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"{url}: {(int)response.StatusCode}\n{Html.Excerpt(System.Text.Encoding.UTF8.GetString(body))}");
        Assert.True(body.Length < MaxPageBytes, $"{url}: {body.Length:N0} bytes");
    }

    [Fact]
    public async Task A_tally_source_citing_thousands_of_figures_is_shown_and_served_a_page_at_a_time()
    {
        const int Cited = 3_000;
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();
        int id;
        using (var connection = new SqliteConnection(factory.ConnectionString))
        {
            id = SyntheticFigures.InsertTallySource(connection, Cited);
        }

        async Task<byte[]> Bounded(string url)
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.True(body.Length < MaxPageBytes, $"{url}: {body.Length:N0} bytes");
            return body;
        }

        await Bounded($"/sources/{id}");
        var page = await client.GetDocumentAsync($"/sources/{id}");
        Assert.Equal(CentcomTracker.Web.Pages.Sources.DetailsModel.DefaultPageSize, page.QuerySelectorAll("article tbody tr").Length);
        Assert.Equal(Cited.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#figures-shown")!.GetAttribute("data-total"));
        Assert.Equal((Cited / CentcomTracker.Web.Pages.Sources.DetailsModel.DefaultPageSize).ToString(System.Globalization.CultureInfo.InvariantCulture),
            page.QuerySelector("nav.pager")!.GetAttribute("data-pages"));

        // The largest page an address can ask for is still bounded.
        await Bounded($"/sources/{id}?size=1000000");
        var largest = await client.GetDocumentAsync($"/sources/{id}?size=1000000");
        Assert.Equal(CentcomTracker.Web.Pages.Sources.DetailsModel.MaxPageSize, largest.QuerySelectorAll("article tbody tr").Length);

        using var api = JsonDocument.Parse(await Bounded($"/api/sources/{id}"));
        Assert.Equal(Cited, api.RootElement.GetProperty("figuresTotal").GetInt32());
        Assert.Equal(CentcomTracker.Web.Api.SourcesApi.DefaultFiguresPageSize, api.RootElement.GetProperty("figures").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(api.RootElement.GetProperty("next").GetString()));
    }

    [Fact]
    public async Task The_dashboard_over_a_century_cites_its_first_sources_and_counts_the_rest()
    {
        var page = await large.Client.GetDocumentAsync("/?a=2000..2099&b=2050&theatre=IQ%2BSY");
        var unlisted = page.QuerySelector(".footnotes-more[data-unlisted]");
        Assert.NotNull(unlisted);
        Assert.True(int.Parse(unlisted!.GetAttribute("data-unlisted")!) > 0);
        Assert.InRange(page.QuerySelectorAll("li[id^='note-']").Length, 1, CentcomTracker.Web.Provenance.Footnotes.PerPage);
        var more = page.QuerySelectorAll("a.footnote-more[data-more]");
        Assert.NotEmpty(more);
        Assert.All(more, a => Assert.False(string.IsNullOrEmpty(a.GetAttribute("href"))));
    }

    [Fact]
    public async Task A_comparison_over_a_century_lists_its_first_parts_and_links_to_the_series_that_gives_every_one()
    {
        const int ListedParts = 24;  // as documented in the API's description of partsTotal
        using var compare = JsonDocument.Parse(await large.Client.GetStringAsync("/api/compare?a=2000..2099&b=2050&theatre=IQ%2BSY"));
        var a = compare.RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => r.GetProperty("a")).First(r => r.GetProperty("partsTotal").GetInt32() > ListedParts);
        Assert.Equal(ListedParts, a.GetProperty("parts").GetArrayLength());
        Assert.InRange(a.GetProperty("figures").GetArrayLength(), 1, ListedParts);
        Assert.True(a.GetProperty("figuresTotal").GetInt32() > a.GetProperty("figures").GetArrayLength());

        // The breakdown is one series request that answers with every bucket of the century, each with its value.
        var breakdown = a.GetProperty("breakdown").GetString()!;
        using var series = JsonDocument.Parse(await large.Client.GetStringAsync(breakdown));
        var points = series.RootElement.GetProperty("points");
        Assert.True(points.GetArrayLength() >= a.GetProperty("partsTotal").GetInt32(), breakdown);
        Assert.Equal("2000-01-01..2099-12-31", $"{breakdown.Split("from=")[1][..10]}..{breakdown.Split("to=")[1][..10]}");
    }

    [Fact]
    public async Task Over_two_thousand_years_the_breakdown_covers_the_years_that_hold_the_figures()
    {
        using var compare = JsonDocument.Parse(await large.Client.GetStringAsync("/api/compare?a=1000..2999&b=2050&theatre=IQ%2BSY"));
        var a = compare.RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => r.GetProperty("a")).First(r => r.GetProperty("partsTotal").GetInt32() > 24);
        var breakdown = a.GetProperty("breakdown").GetString()!;
        // 2,000 years is more than one series request takes even by year: the link covers the whole years of the
        // figures, which the synthetic data keeps within 2000–2099.
        var from = DateOnly.Parse(breakdown.Split("from=")[1][..10], System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(breakdown.Split("to=")[1][..10], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((1, 1, 12, 31), (from.Month, from.Day, to.Month, to.Day));
        Assert.InRange(from.Year, 2000, 2099);
        Assert.InRange(to.Year, from.Year, 2099);
        using var response = await large.Client.GetAsync(breakdown);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var series = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(series.RootElement.GetProperty("points").GetArrayLength() >= a.GetProperty("partsTotal").GetInt32(), breakdown);
    }

    [Fact]
    public async Task Sources_are_paged_with_links_and_a_bounded_page_size()
    {
        var first = await large.Client.GetDocumentAsync("/sources?size=50");
        Assert.Equal(50, first.QuerySelectorAll("tr[data-source]").Length);
        var pager = first.QuerySelector("nav.pager")!;
        Assert.Equal("1", pager.GetAttribute("data-page"));
        var next = first.QuerySelector("a[data-page-link='next']")!.GetAttribute("href")!;
        Assert.Contains("size=50", next);

        var second = await large.Client.GetDocumentAsync(next);
        Assert.Equal("2", second.QuerySelector("nav.pager")!.GetAttribute("data-page"));
        Assert.Empty(first.QuerySelectorAll("tr[data-source]").Select(r => r.GetAttribute("data-source"))
            .Intersect(second.QuerySelectorAll("tr[data-source]").Select(r => r.GetAttribute("data-source"))));

        var last = await large.Client.GetDocumentAsync(first.QuerySelector("a[data-page-link='last']")!.GetAttribute("href")!);
        Assert.Null(last.QuerySelector("a[data-page-link='next']"));

        var huge = await large.Client.GetDocumentAsync("/sources?size=1000000&p=-4");
        Assert.Equal(CentcomTracker.Web.Pages.Sources.IndexModel.MaxPageSize, huge.QuerySelectorAll("tr[data-source]").Length);
    }

    [Fact]
    public async Task A_metric_lists_its_figures_a_page_at_a_time()
    {
        var first = await large.Client.GetDocumentAsync("/metrics/operations");
        var firstRows = first.QuerySelectorAll("tr[data-figure]").Select(r => r.GetAttribute("data-figure")).ToList();
        Assert.Equal(CentcomTracker.Web.Pages.Metrics.DetailsModel.DefaultPageSize, firstRows.Count);
        var next = first.QuerySelector("a[data-page-link='next']")!.GetAttribute("href")!;

        var second = await large.Client.GetDocumentAsync(next);
        var secondRows = second.QuerySelectorAll("tr[data-figure]").Select(r => r.GetAttribute("data-figure")).ToList();
        Assert.NotEmpty(secondRows);
        Assert.Empty(firstRows.Intersect(secondRows));
        Assert.Equal("2", second.QuerySelector("nav.pager")!.GetAttribute("data-page"));
    }

    [Fact]
    public async Task The_figures_list_caps_its_page_size_and_its_source_choices()
    {
        var page = await large.Client.GetDocumentAsync("/figures?size=5000");
        Assert.Equal(CentcomTracker.Web.Pages.Figures.IndexModel.MaxPageSize, page.QuerySelectorAll("tr[data-figure-id]").Length);
        Assert.True(page.QuerySelectorAll("select[name='source'] option").Length <= Choices.MaxSourceChoices + 1);
        Assert.Contains("size=5000", page.QuerySelector("a[rel='next']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_figure_form_offers_the_newest_sources_and_the_figure_s_own_however_old()
    {
        int figureId, sourceId;
        await using (var scope = large.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            Assert.True(await db.Sources.CountAsync() > Choices.MaxSourceChoices + 1);
            var oldest = await db.Figures.OrderBy(f => f.Source!.PublishedEnd).ThenBy(f => f.Id)
                .Select(f => new { f.Id, f.SourceId }).FirstAsync();
            (figureId, sourceId) = (oldest.Id, oldest.SourceId);
        }

        using var editor = await EditorClient.CreateAsync(large.Factory);
        var form = await editor.GetDocumentAsync($"/figures/{figureId}/edit");
        var options = form.QuerySelectorAll("select[name='Input.SourceId'] option[value]:not([value=''])");
        Assert.InRange(options.Length, 1, Choices.MaxSourceChoices + 1);
        Assert.Contains(options, o => o.GetAttribute("value") == sourceId.ToString(System.Globalization.CultureInfo.InvariantCulture) && o.HasAttribute("selected"));
    }
}

/// <summary>A wrong file fails fast: the first problems, then a count.</summary>
public sealed class LargeImportTests
{
    // One problem a row (the value), each month of 2024 reported in January 2025.
    private static byte[] BadFile(int rows) =>
        Csv([Header, .. Enumerable.Range(0, rows).Select(i => Row(value: "many", period: $"2024-{i % 12 + 1:00}", title: $"Bad {i}", quote: "q", date: "2025-01-05"))]);

    [Fact]
    public async Task An_import_of_10000_bad_rows_shows_the_first_100_and_the_total()
    {
        using var factory = new TrackerFactory();
        using var editor = await EditorClient.CreateAsync(factory);
        var preview = await UploadAsync(editor, BadFile(10_000));

        var shown = preview.QuerySelectorAll("#import-rows tr[data-row]");
        Assert.Equal(100, shown.Length);
        Assert.All(shown, r => Assert.Equal("error", r.GetAttribute("data-outcome")));
        Assert.Equal("2", shown[0].GetAttribute("data-row"));
        Assert.Equal("9900", preview.QuerySelector("#hidden-rows")!.GetAttribute("data-hidden-rows"));
        Assert.Null(preview.QuerySelector("#commit-form"));
    }

    // 300 rows, each of its own source, two of them wrong far down the file.
    private static byte[] MostlyGoodFile() =>
        Csv([Header, .. Enumerable.Range(0, 300).Select(i => Row(value: i is 150 or 250 ? "many" : "12", title: $"Good {i}"))]);

    [Fact]
    public async Task A_large_file_with_two_bad_rows_far_down_shows_just_those()
    {
        using var factory = new TrackerFactory();
        using var editor = await EditorClient.CreateAsync(factory);
        var preview = await UploadAsync(editor, MostlyGoodFile());

        var shown = preview.QuerySelectorAll("#import-rows tr[data-row]");
        Assert.Equal(["152", "252"], shown.Select(r => r.GetAttribute("data-row")));
        Assert.All(shown, r => Assert.Equal("value", r.QuerySelector("li[data-column]")!.GetAttribute("data-column")));
        Assert.Null(preview.QuerySelector("#hidden-rows"));
        Assert.Null(preview.QuerySelector("#commit-form"));

        var path = Path.Combine(Path.GetTempPath(), $"mostly-good-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(path, MostlyGoodFile());
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Assert.Equal(1, await CommandLine.RunAsync(factory.Services, ["import", path], TextReader.Null, output, error));
            var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Count(l => l.Contains(": error: ", StringComparison.Ordinal)));
            Assert.Contains(lines, l => l.Contains("Rows with errors: 2; with conflicts: 0.", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_import_command_prints_the_first_100_problems_and_the_total()
    {
        using var factory = new TrackerFactory();
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(path, BadFile(10_000));
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Assert.Equal(1, await CommandLine.RunAsync(factory.Services, ["import", path], TextReader.Null, output, error));
            var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(100, lines.Count(l => l.Contains(": error: ", StringComparison.Ordinal)));
            Assert.Contains(lines, l => l.Contains("(10000 in all)", StringComparison.Ordinal));
            Assert.True(lines.Length < 110, $"{lines.Length} lines");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
