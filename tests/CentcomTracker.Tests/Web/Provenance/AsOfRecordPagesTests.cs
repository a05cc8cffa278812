using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CentcomTracker.Web.Csv;
using CentcomTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using CentcomTracker.Tests.Web.Editors;

namespace CentcomTracker.Tests.Web.Provenance;

/// <summary>
/// The sources and figures pages and the figures CSV as of a past moment (<c>?asof=</c>): the same data as the API
/// then, the same banner as the dashboard, and links that stay in that moment.
/// </summary>
public sealed class AsOfRecordPagesTests
{
    private const string Alice = "alice@example.org";
    private const string Bob = "bob@example.org";

    /// <summary>The seed's 153 attacks claimed in Iraq and Syria in H1 2024, the dashboard's headline.</summary>
    private static Task<Figure> HeadlineAsync(TrackerFactory factory) => History.FigureAsync(factory, "attacks-claimed", "IQ+SY", 153);

    private static void AssertBanner(IHtmlDocument page, string asof)
    {
        var banner = page.QuerySelector("#asof");
        Assert.True(banner is not null, $"no as-of banner on {page.Url}");
        Assert.Equal(asof, banner.GetAttribute("data-asof"));
        Assert.DoesNotContain("asof", banner.QuerySelector("a[data-asof-free]")!.GetAttribute("href"));
    }

    private static string SourceCell(IHtmlDocument page, int figureId) =>
        page.QuerySelector($"#reported-heading ~ article tr[data-figure=\"{figureId}\"] .figure-value")?.Text() ?? "(no row)";

    private static string ListCell(IHtmlDocument page, int figureId) =>
        page.QuerySelector($"#figures tr[data-figure-id=\"{figureId}\"] .figure-value")?.Text() ?? "(no row)";

    private static string FigureValue(IHtmlDocument page) => page.QuerySelector("#figure .figure-value")?.Text() ?? "(no value)";

    [Fact]
    public async Task An_approved_correction_leaves_the_source_and_figure_pages_as_of_the_version_before_it_unchanged()
    {
        using var factory = TrackerFactory.Reviewed();
        using var alice = await factory.SignInAsync(Alice);
        using var bob = await factory.SignInAsync(Bob);
        var figure = await HeadlineAsync(factory);

        // Alice corrects 153 to 160, Bob approves it: data version 1.
        var form = await alice.GetDocumentAsync($"/figures/{figure.Id}/edit");
        (await alice.SubmitAsync(form.MainForm(), new Dictionary<string, string> { ["Input.Value"] = "160", ["Input.Quote"] = FigureEditingTests.QuoteGiving(form, "160"), ["Input.Reason"] = "Corrected against the release" }))
            .AssertRedirect($"/figures/{figure.Id}");
        var review = await bob.GetDocumentAsync("/review");
        var batch = review.QuerySelector("section.review-batch")!.GetAttribute("data-batch");
        (await bob.SubmitAsync(review.QuerySelector<IHtmlFormElement>($"#batch-{batch} form[action*='handler=Approve']")!)).AssertRedirect("/review");
        Assert.Equal("v1", await History.LatestVersionAsync(factory));

        using var analyst = factory.CreateBrowser();
        // The source's page: 153 as of v0, as the API says; 160 today, with no banner.
        var sourceThen = await analyst.GetDocumentAsync($"/sources/{figure.SourceId}?asof=v0");
        AssertBanner(sourceThen, "v0");
        Assert.Equal("1", sourceThen.QuerySelector("#asof")!.GetAttribute("data-later-changes"));
        Assert.Contains("153", SourceCell(sourceThen, figure.Id));
        var apiThen = await analyst.GetJsonAsync($"/api/sources/{figure.SourceId}?asof=v0&pageSize=500");
        Assert.Contains(apiThen.Items("figures"), f => f.Long("id") == figure.Id && f.Long("value") == 153);
        var sourceNow = await analyst.GetDocumentAsync($"/sources/{figure.SourceId}");
        Assert.Null(sourceNow.QuerySelector("#asof"));
        Assert.Contains("160", SourceCell(sourceNow, figure.Id));

        // The figure's own page.
        var figureThen = await analyst.GetDocumentAsync($"/figures/{figure.Id}?asof=v0");
        AssertBanner(figureThen, "v0");
        Assert.Contains("153", FigureValue(figureThen));
        Assert.Empty(figureThen.QuerySelectorAll("#history li"));
        Assert.Equal("1", figureThen.QuerySelector("#later-changes")!.GetAttribute("data-later-changes"));
        Assert.Contains("160", FigureValue(await analyst.GetDocumentAsync($"/figures/{figure.Id}")));
        Assert.Contains("160", FigureValue(await analyst.GetDocumentAsync($"/figures/{figure.Id}?asof=v1")));

        // The figures list, and the sources list's banner.
        var listThen = await analyst.GetDocumentAsync("/figures?metric=attacks-claimed&asof=v0");
        AssertBanner(listThen, "v0");
        Assert.Contains("153", ListCell(listThen, figure.Id));
        Assert.Contains("160", ListCell(await analyst.GetDocumentAsync("/figures?metric=attacks-claimed"), figure.Id));
        AssertBanner(await analyst.GetDocumentAsync("/sources?asof=v0"), "v0");
        Assert.Null((await analyst.GetDocumentAsync("/sources")).QuerySelector("#asof"));

        // An editor is offered no edit or deletion of the past figure; today's page offers both.
        var edit = $"a[href='/figures/{figure.Id}/edit']";
        Assert.Null((await alice.GetDocumentAsync($"/figures/{figure.Id}?asof=v0")).QuerySelector(edit));
        Assert.Null((await alice.GetDocumentAsync("/figures?metric=attacks-claimed&asof=v0")).QuerySelector(edit));
        Assert.NotNull((await alice.GetDocumentAsync($"/figures/{figure.Id}")).QuerySelector(edit));
        Assert.NotNull((await alice.GetDocumentAsync("/figures?metric=attacks-claimed")).QuerySelector(edit));
    }

    [Fact]
    public async Task A_footnote_on_a_past_view_leads_to_the_source_as_pinned()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var figure = await HeadlineAsync(factory);
        await History.EditValueAsync(editor, figure.Id, 160);

        using var analyst = factory.CreateBrowser();
        var sourceLink = $".footnotes a[href='/sources/{figure.SourceId}'], .footnotes a[href^='/sources/{figure.SourceId}?']";
        foreach (var view in new[] { "/", "/compare/2023/2024-H1", "/metrics/attacks-claimed" })
        {
            var then = await analyst.GetDocumentAsync(At(view, "v0"));
            var links = then.QuerySelectorAll(sourceLink).Select(a => a.GetAttribute("href")!).ToList();
            Assert.True(links.Count > 0, $"no footnote to source {figure.SourceId} on {view}?asof=v0");
            Assert.All(links, href => History.AssertPinned("v0", href));
            // Today's view keeps its links as they were.
            Assert.All((await analyst.GetDocumentAsync(view)).QuerySelectorAll(".footnotes a[href^='/sources/'], a[href^='/figures']"),
                a => Assert.DoesNotContain("asof", a.GetAttribute("href")));
        }

        // Following the dashboard's footnote shows the number as it was pinned, and its links go on in the same moment.
        var dashboard = await analyst.GetDocumentAsync("/?asof=v0");
        var source = await analyst.GetDocumentAsync(dashboard.QuerySelector(sourceLink)!.GetAttribute("href")!);
        AssertBanner(source, "v0");
        Assert.Contains("153", SourceCell(source, figure.Id));
        Assert.All(source.QuerySelectorAll("a[href^='/sources']:not([data-asof-free]), a[href^='/metrics']"), a => History.AssertPinned("v0", a.GetAttribute("href")!));

        var list = await analyst.GetDocumentAsync($"/figures?source={figure.SourceId}&asof=v0");
        var toFigure = list.QuerySelector($"#figures a[href^='/figures/{figure.Id}?']")!.GetAttribute("href")!;
        History.AssertPinned("v0", toFigure);
        var page = await analyst.GetDocumentAsync(toFigure);
        Assert.Contains("153", FigureValue(page));
        History.AssertPinned("v0", page.QuerySelector($"#figure a[href^='/sources/{figure.SourceId}?']")!.GetAttribute("href")!);
        // The filter form keeps the moment too.
        Assert.Equal("v0", list.QuerySelector("form[method=get] input[name=asof]")?.GetAttribute("value"));
    }

    private static string At(string view, string asof) => view + (view.Contains('?') ? "&" : "?") + "asof=" + asof;

    [Fact]
    public async Task The_figures_list_and_export_as_of_a_version_hold_the_figures_the_API_gives_for_it()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var headline = await HeadlineAsync(factory);
        var deleted = await History.FigureAsync(factory, "operations", "SY", 28);
        await History.EditValueAsync(editor, headline.Id, 160);  // v1
        await History.DeleteAsync(editor, deleted.Id);           // v2

        using var analyst = factory.CreateBrowser();
        // Today's export first, so that an export as of a version cannot be served from its cache entry.
        var today = await analyst.GetAsync("/figures/export.csv");
        Assert.Equal(HttpStatusCode.OK, today.StatusCode);
        var todays = Rows(await today.Content.ReadAsByteArrayAsync());
        foreach (var version in new[] { "v0", "v1" })
        {
            var api = await analyst.GetJsonAsync($"/api/figures?pageSize=500&asof={version}");
            var expected = api.Items("items")
                .Select(f => string.Join('|', f.Text("metric"), f.Text("theatre"), f.Text("period"),
                    f.Long("value").ToString(CultureInfo.InvariantCulture), f.Text("qualifier"), f.Text("quote")))
                .Order(StringComparer.Ordinal).ToList();
            Assert.Equal(api.Long("totalCount"), expected.Count);

            var list = await analyst.GetDocumentAsync($"/figures?asof={version}");
            AssertBanner(list, version);
            Assert.Equal(expected.Count.ToString(CultureInfo.InvariantCulture), list.QuerySelector("#figures-count")!.GetAttribute("data-total"));

            var export = await analyst.GetAsync($"/figures/export.csv?asof={version}");
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.Contains($"asof-{version}", export.Content.Headers.ContentDisposition!.FileName);
            Assert.Equal(expected, Rows(await export.Content.ReadAsByteArrayAsync()));
        }

        Assert.NotEqual(todays, Rows(await (await analyst.GetAsync("/figures/export.csv?asof=v0")).Content.ReadAsByteArrayAsync()));
        Assert.Equal(todays.Count + 1, Rows(await (await analyst.GetAsync("/figures/export.csv?asof=v1")).Content.ReadAsByteArrayAsync()).Count);

        // Paging through a past list keeps the moment and the page size.
        var first = await analyst.GetDocumentAsync("/figures?size=10&asof=v1");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        History.AssertPinned("v1", next);
        Assert.Contains("size=10", next);
        var second = await analyst.GetDocumentAsync(next);
        AssertBanner(second, "v1");
        Assert.Equal(10, second.QuerySelectorAll("#figures tbody tr").Length);
    }

    private static List<string> Rows(byte[] csv) => FigureCsv.Read(csv, long.MaxValue).Rows
        .Select(r => r.Record!)
        .Select(r => string.Join('|', r.Metric, r.Theatre, r.Period, r.Value, r.Qualifier, r.Quote))
        .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task A_figure_page_as_of_a_moment_before_it_was_entered_or_after_it_was_deleted_says_so()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var deleted = await History.FigureAsync(factory, "operations", "SY", 28);
        await History.DeleteAsync(editor, deleted.Id);  // v1
        var form = await editor.GetDocumentAsync("/figures/release");
        (await editor.SubmitAsync(form.MainForm(), Editors.ReleaseTests.ValidRelease(form))).AssertRedirect();  // v2
        var entered = await factory.QueryAsync(db => db.Figures.MaxAsync(f => f.Id));

        using var analyst = factory.CreateBrowser();
        // Entered in v2: as of v1 it did not exist yet, and the page says so (not found, not a failure).
        var before = await analyst.GetDocumentAsync($"/figures/{entered}?asof=v1", expectedStatus: 404);
        AssertBanner(before, "v1");
        Assert.Equal(entered.ToString(CultureInfo.InvariantCulture), before.QuerySelector("#not-yet-entered")!.GetAttribute("data-figure"));
        Assert.DoesNotContain("asof", before.QuerySelector($"#not-yet-entered a[href^='/figures/{entered}']")!.GetAttribute("href"));
        Assert.Null((await analyst.GetDocumentAsync($"/figures/{entered}?asof=v2")).QuerySelector("#not-yet-entered"));

        // Deleted in v1: as of v0 it is there with its value; as of v1 it is shown deleted, with its deletion in its history.
        Assert.Contains("28", FigureValue(await analyst.GetDocumentAsync($"/figures/{deleted.Id}?asof=v0")));
        var after = await analyst.GetDocumentAsync($"/figures/{deleted.Id}?asof=v1");
        AssertBanner(after, "v1");
        Assert.Single(after.QuerySelectorAll("#history li[data-action=Delete]"));
        Assert.Null(after.QuerySelector("#uses"));

        // A figure that never existed is still simply not found.
        await analyst.GetDocumentAsync("/figures/999999?asof=v1", expectedStatus: 404);
    }

    [Theory]
    [InlineData("2099-01-01")]
    [InlineData("yesterday")]
    [InlineData("v999")]
    public async Task A_bad_asof_on_the_source_and_figure_pages_is_explained_and_refused_by_the_export(string asof)
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var figure = await HeadlineAsync(factory);
        await History.EditValueAsync(editor, figure.Id, 160);
        using var analyst = factory.CreateBrowser();
        foreach (var page in new[] { "/sources", $"/sources/{figure.SourceId}", "/figures", $"/figures/{figure.Id}" })
        {
            var shown = await analyst.GetDocumentAsync($"{page}?asof={Uri.EscapeDataString(asof)}");
            Assert.Equal("asof", shown.QuerySelector("#asof-problem")?.GetAttribute("data-parameter"));
            Assert.Null(shown.QuerySelector("#asof"));
        }

        // Today's data is what the pages show meanwhile.
        Assert.Contains("160", SourceCell(await analyst.GetDocumentAsync($"/sources/{figure.SourceId}?asof={asof}"), figure.Id));
        Assert.Contains("160", FigureValue(await analyst.GetDocumentAsync($"/figures/{figure.Id}?asof={asof}")));

        var csv = await analyst.GetAsync($"/figures/export.csv?asof={asof}");
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", csv.Content.Headers.ContentType?.ToString());  // the moment may be Arabic words
        Assert.StartsWith("Parameter \"asof\":", await csv.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.GetAsync($"/charts/attacks.csv?asof={asof}")).StatusCode);
    }
}
