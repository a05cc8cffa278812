using System.Net;
using System.Text.Json.Nodes;

namespace CentcomTracker.Tests.Web.Provenance;

public sealed class AsOfTests
{
    private static string FigureCell(AngleSharp.Html.Dom.IHtmlDocument page, int figureId) =>
        page.QuerySelector($"tr[data-figure=\"{figureId}\"] .figure-value")?.Text() ?? "(no row)";

    [Fact]
    public async Task An_edit_shows_the_old_value_as_of_the_day_before_and_the_new_one_today()
    {
        using var factory = new TrackerFactory();
        var figure = await History.CorrectedTodayAsync(factory);

        using var analyst = factory.CreateBrowser();
        // The API, as of yesterday and today.
        Assert.Equal(66, (await analyst.GetJsonAsync($"/api/figures/{figure.Id}?asof={History.Yesterday}")).Long("value"));
        Assert.Equal(67, (await analyst.GetJsonAsync($"/api/figures/{figure.Id}")).Long("value"));
        var listed = await analyst.GetJsonAsync($"/api/figures?metric=operations&theatre=IQ&pageSize=500&asof={History.Yesterday}");
        Assert.Contains(listed.Items("items"), f => f.Long("id") == figure.Id && f.Long("value") == 66);

        // The metric page, as of yesterday and today.
        var then = await analyst.GetDocumentAsync($"/metrics/operations?asof={History.Yesterday}");
        Assert.Contains("66", FigureCell(then, figure.Id));
        var banner = then.QuerySelector("#asof")!;
        Assert.Equal(History.Yesterday, banner.GetAttribute("data-asof"));
        Assert.Equal("1", banner.GetAttribute("data-later-changes"));
        var now = await analyst.GetDocumentAsync("/metrics/operations");
        Assert.Contains("67", FigureCell(now, figure.Id));
        Assert.Null(now.QuerySelector("#asof"));

        // Links to other read views keep the moment; the way back to today does not.
        Assert.Contains(then.QuerySelectorAll("a[href^='/compare']"), a => a.GetAttribute("href")!.Contains($"asof={History.Yesterday}"));
        Assert.DoesNotContain("asof", then.QuerySelector("#asof a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_moment_before_anything_was_entered_says_so_rather_than_implying_nothing_was_reported()
    {
        using var factory = new TrackerFactory();
        using var analyst = factory.CreateBrowser();
        var today = DateTime.UtcNow.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // The seed is entered when the database is made: on the day of CENTCOM's statement the database held nothing.
        var then = await analyst.GetDocumentAsync("/?asof=2024-07-16");
        var note = then.QuerySelector("#asof #asof-before-data")!;
        Assert.Contains("Nothing had been entered here by then", note.TextContent);
        Assert.True(string.CompareOrdinal(note.GetAttribute("data-began"), History.Yesterday) > 0);
        Assert.NotNull((await analyst.GetDocumentAsync("/?asof=2024-07-16&culture=ar")).QuerySelector("#asof-before-data"));

        // The seed itself, and any day since, held the figures: no such note.
        Assert.Null((await analyst.GetDocumentAsync("/?asof=v0")).QuerySelector("#asof-before-data"));
        Assert.Null((await analyst.GetDocumentAsync($"/?asof={today}")).QuerySelector("#asof-before-data"));
    }

    [Fact]
    public async Task The_pages_of_a_list_as_of_a_moment_link_to_the_same_moment()
    {
        using var factory = new TrackerFactory();
        var figure = await History.CorrectedTodayAsync(factory);

        // Following "next" through yesterday's figures, one a page, stays in yesterday: the edited figure has its old value.
        using var analyst = factory.CreateBrowser();
        var values = new Dictionary<long, long>();
        for (string? next = $"/api/figures?metric=operations&theatre=IQ&pageSize=1&asof={History.Yesterday}"; next is not null;)
        {
            var page = await analyst.GetJsonAsync(next);
            foreach (var f in page.Items("items")) values[f.Long("id")] = f.Long("value");
            next = page["next"]?.GetValue<string>();
            Assert.True(next is null || next.Contains($"asof={History.Yesterday}", StringComparison.Ordinal), next);
        }

        Assert.True(values.Count > 1, "more than one page was walked");
        Assert.Equal(66, values[figure.Id]);

        // The same for the sources and for a source's figures; today's pages carry no moment.
        var sources = await analyst.GetJsonAsync($"/api/sources?pageSize=1&asof={History.Yesterday}");
        Assert.Contains($"asof={History.Yesterday}", sources["next"]!.GetValue<string>());
        var ofSource = await analyst.GetJsonAsync($"/api/sources/{figure.SourceId}?pageSize=1&asof={History.Yesterday}");
        Assert.Contains($"asof={History.Yesterday}", ofSource["next"]!.GetValue<string>());
        Assert.DoesNotContain("asof", (await analyst.GetJsonAsync("/api/sources?pageSize=1"))["next"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_deleted_figure_reappears_as_of_a_day_before_its_deletion()
    {
        using var factory = new TrackerFactory();
        await History.BackdateSeedAsync(factory);
        using var editor = await factory.SignInAsync("editor@example.org");
        var figure = await History.FigureAsync(factory, "operations", "SY", 28);
        await History.DeleteAsync(editor, figure.Id);

        using var analyst = factory.CreateBrowser();
        await analyst.GetProblemAsync($"/api/figures/{figure.Id}", 404);
        var then = await analyst.GetJsonAsync($"/api/figures/{figure.Id}?asof={History.Yesterday}");
        Assert.Equal((28L, "SY"), (then.Long("value"), then.Text("theatre")));
        Assert.Contains(then.Text("quote"), figure.Quote);

        Assert.Contains("28", FigureCell(await analyst.GetDocumentAsync($"/metrics/operations?asof={History.Yesterday}"), figure.Id));
        Assert.Equal("(no row)", FigureCell(await analyst.GetDocumentAsync("/metrics/operations"), figure.Id));
    }

    [Fact]
    public async Task A_permalink_cited_before_a_change_made_later_that_day_still_shows_what_was_cited()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var figure = await History.FigureAsync(factory, "operations", "IQ", 66);
        using var analyst = factory.CreateBrowser();
        var cited = (await analyst.GetDocumentAsync("/metrics/operations")).QuerySelector("#cite-text-metric")!.GetAttribute("data-permalink")!;
        History.AssertPinned(await History.LatestVersionAsync(factory), cited);

        await History.EditValueAsync(editor, figure.Id, 67);

        Assert.Contains("66", FigureCell(await analyst.GetDocumentAsync(new Uri(cited).PathAndQuery), figure.Id));
        Assert.Contains("67", FigureCell(await analyst.GetDocumentAsync("/metrics/operations"), figure.Id));
    }

    [Fact]
    public async Task A_data_version_can_be_asked_for_by_number()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var figure = await History.FigureAsync(factory, "operations", "IQ", 66);
        await History.EditValueAsync(editor, figure.Id, 70);
        await History.EditValueAsync(editor, figure.Id, 71);

        using var analyst = factory.CreateBrowser();
        Assert.Equal(66, (await analyst.GetJsonAsync($"/api/figures/{figure.Id}?asof=v0")).Long("value"));
        Assert.Equal(70, (await analyst.GetJsonAsync($"/api/figures/{figure.Id}?asof=v1")).Long("value"));
        Assert.Equal(71, (await analyst.GetJsonAsync($"/api/figures/{figure.Id}?asof=v2")).Long("value"));
        var page = await analyst.GetDocumentAsync("/?asof=v1");
        Assert.Equal("1", page.QuerySelector("#asof")!.GetAttribute("data-later-changes"));
    }

    [Theory]
    [InlineData("2099-01-01")]
    [InlineData("yesterday")]
    [InlineData("v999")]
    public async Task A_bad_asof_is_explained_by_pages_and_refused_by_the_API_and_downloads(string asof)
    {
        using var factory = new TrackerFactory();
        using var analyst = factory.CreateBrowser();
        var problem = await analyst.GetProblemAsync($"/api/figures?asof={asof}", 400);
        Assert.NotNull(problem["errors"]!["asof"]);

        var page = await analyst.GetDocumentAsync($"/?asof={asof}");
        Assert.Equal("asof", page.QuerySelector("#asof-problem")!.GetAttribute("data-parameter"));
        Assert.Null(page.QuerySelector("#asof"));

        var csv = await analyst.GetAsync($"/charts/attacks.csv?asof={asof}");
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
    }

    [Fact]
    public async Task The_output_cache_keeps_each_moment_apart()
    {
        using var factory = new TrackerFactory();
        await History.BackdateSeedAsync(factory);
        using var editor = await factory.SignInAsync("editor@example.org");
        var figure = await History.FigureAsync(factory, "operations", "IQ", 66);
        using var analyst = factory.CreateBrowser();
        var before = await analyst.GetJsonAsync($"/api/figures/{figure.Id}?asof={History.Yesterday}");
        await History.EditValueAsync(editor, figure.Id, 90);

        Assert.Equal(90, (await analyst.GetJsonAsync($"/api/figures/{figure.Id}")).Long("value"));
        Assert.Equal(before.Long("value"), (await analyst.GetJsonAsync($"/api/figures/{figure.Id}?asof={History.Yesterday}")).Long("value"));
        Assert.Equal(90, (await analyst.GetJsonAsync($"/api/figures/{figure.Id}?asof={DateTime.UtcNow:yyyy-MM-dd}")).Long("value"));
    }
}
