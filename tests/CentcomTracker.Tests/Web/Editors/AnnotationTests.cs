using System.Text.Json;
using CentcomTracker.Tests.Web.Provenance;
using CentcomTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Tests.Web.Editors;

/// <summary>Annotations: dated, sourced events the time-series charts mark, written through the editors' forms and audited.</summary>
public sealed class AnnotationTests
{
    private const string Event = "Test event for the charts";
    private const string Quote = "A test sentence reporting the event on 15 June 2023.";

    internal static async Task<int> AddAsync(TrackerFactory factory, HttpClient editor, string date = "2023-06-15", string text = Event, string theatre = "")
    {
        var sourceId = await factory.QueryAsync(db => db.Sources.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var form = await editor.GetDocumentAsync("/annotations/new");
        var saved = await editor.SubmitAsync(form.MainForm(), new Dictionary<string, string>
        {
            ["Input.Date"] = date, ["Input.Text"] = text, ["Input.Theatre"] = theatre,
            ["Input.SourceId"] = sourceId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Quote"] = Quote,
        });
        var location = saved.AssertRedirect("/annotations#annotation-");
        return int.Parse(location.Split('-')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IReadOnlyList<JsonElement> Marked(AngleSharp.Html.Dom.IHtmlDocument page, string chart) =>
        page.Island(chart).TryGetProperty("annotations", out var list) ? list.EnumerateArray().ToList() : [];

    [Fact]
    public async Task An_editor_adds_an_annotation_and_the_charts_their_tables_and_the_api_show_it()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var id = await AddAsync(factory, editor);

        using var analyst = factory.CreateBrowser();
        var dashboard = await analyst.GetDocumentAsync("/");
        // The monthly chart (2023 month by month) marks it inside June, the levels chart by its date.
        var monthly = Assert.Single(Marked(dashboard, "monthly"));
        Assert.Equal((id, "2023-06-15", Event), (monthly.GetProperty("id").GetInt32(), monthly.GetProperty("date").GetString(), monthly.GetProperty("text").GetString()));
        var june = dashboard.Island("monthly").GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToList().IndexOf("June 2023");
        Assert.InRange(monthly.GetProperty("position").GetDouble(), june - 0.5, june + 0.5);
        Assert.Equal(id, Assert.Single(Marked(dashboard, "levels")).GetProperty("id").GetInt32());
        Assert.Empty(Marked(dashboard, "attacks"));

        // The list beside the chart names the event, its source and its quote.
        var item = dashboard.QuerySelector($"#annotations-monthly li[data-annotation=\"{id}\"]")!;
        Assert.Equal("2023-06-15", item.GetAttribute("data-date"));
        Assert.Equal(Event, item.QuerySelector(".annotation-text")!.TextContent);
        Assert.Equal(Quote, item.QuerySelector(".annotation-quote")!.TextContent);
        Assert.StartsWith("/sources/", item.QuerySelector("a.annotation-source")!.GetAttribute("href"));

        // The API, filtered by dates and theatre: an event of both theatres is shown for Syria too.
        var api = await analyst.GetJsonAsync("/api/annotations?from=2023&to=2023-06&theatre=SY");
        var listed = Assert.Single(api.Items("items"));
        Assert.Equal((id, "2023-06-15", Event, Quote), ((int)listed.Long("id"), listed.Text("date"), listed.Text("text"), listed.Text("quote")));
        Assert.True(listed["source"]!.Long("id") > 0);
        Assert.Empty((await analyst.GetJsonAsync("/api/annotations?from=2023-07")).Items("items"));
        await analyst.GetProblemAsync("/api/annotations?theatre=XX", 404);
        await analyst.GetProblemAsync("/api/annotations?from=2023-13", 400);
        var openApi = await analyst.GetJsonAsync("/openapi/v1.json");
        Assert.Equal("GetAnnotations", openApi["paths"]!["/api/annotations"]!["get"]!.Text("operationId"));

        // Arabic pages show the English text, marked as English, when no Arabic was given.
        var arabic = await analyst.GetDocumentAsync("/?culture=ar");
        Assert.Equal("en", Assert.Single(Marked(arabic, "monthly")).GetProperty("lang").GetString());
        Assert.Equal("en", arabic.QuerySelector($"#annotations-monthly li[data-annotation=\"{id}\"] .annotation-text")!.GetAttribute("lang"));

        // The metric page lists it under the series it falls within, as of any moment after its creation.
        var metric = await analyst.GetDocumentAsync("/metrics/operations");
        Assert.Equal(Quote, metric.QuerySelector($"#annotations-series li[data-annotation=\"{id}\"] .annotation-quote")!.TextContent);

        // The public list.
        var list = await analyst.GetDocumentAsync("/annotations");
        Assert.NotNull(list.QuerySelector($"tr#annotation-{id}[data-date='2023-06-15']"));
        Assert.Null(list.QuerySelector($"a[href='/annotations/{id}/edit']"));
    }

    [Fact]
    public async Task An_event_of_Iraq_is_not_marked_when_Syria_alone_is_shown()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var id = await AddAsync(factory, editor, theatre: "IQ");

        using var analyst = factory.CreateBrowser();
        Assert.Single(Marked(await analyst.GetDocumentAsync("/?theatre=IQ"), "monthly"));
        Assert.Empty(Marked(await analyst.GetDocumentAsync("/?theatre=SY"), "monthly"));
        Assert.Empty((await analyst.GetJsonAsync("/api/annotations?theatre=SY")).Items("items"));
        Assert.Equal(id, (int)Assert.Single((await analyst.GetJsonAsync("/api/annotations?theatre=IQ%2BSY")).Items("items")).Long("id"));
    }

    [Fact]
    public async Task Bad_input_gets_messages_beside_the_fields_and_nothing_is_saved()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var audit = await factory.QueryAsync(db => db.AuditEntries.CountAsync());

        var form = await editor.GetDocumentAsync("/annotations/new");
        var refused = await editor.SubmitAsync(form.MainForm(), new Dictionary<string, string>
        {
            ["Input.Date"] = "2023-02-30", ["Input.Text"] = "Kerman\u202Ebombings", ["Input.TextAr"] = new string('ع', 201),
            ["Input.Theatre"] = "XX", ["Input.SourceId"] = "999999", ["Input.Quote"] = " ",
        });
        var page = await refused.ReadDocumentAsync();
        foreach (var field in new[] { "Input.Date", "Input.Text", "Input.TextAr", "Input.Theatre", "Input.Quote", "Input.SourceId" })
        {
            Assert.False(string.IsNullOrWhiteSpace(page.ErrorFor(field)), $"No message beside {field}");
        }

        Assert.Contains("U+202E", page.ErrorFor("Input.Text"));
        Assert.Equal("2023-02-30", page.FieldValue("Input.Date"));

        // A day outside the years covered.
        form = await editor.GetDocumentAsync("/annotations/new");
        page = await (await editor.SubmitAsync(form.MainForm(), new Dictionary<string, string>
        {
            ["Input.Date"] = "1999-12-31", ["Input.Text"] = Event, ["Input.Quote"] = Quote,
        })).ReadDocumentAsync();
        Assert.Contains("1999-12-31", page.ErrorFor("Input.Date"));

        Assert.Equal(0, await factory.QueryAsync(db => db.Annotations.CountAsync()));
        Assert.Equal(audit, await factory.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Anonymous_and_analyst_posts_are_refused()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var id = await AddAsync(factory, editor);

        using var anonymous = factory.CreateBrowser();
        var values = new FormUrlEncodedContent([new("Input.Date", "2023-06-16"), new("Input.Text", "Forged"), new("Input.Quote", "Forged"), new("Input.SourceId", "1")]);
        (await anonymous.PostAsync("/annotations/new", values)).AssertRedirect("/account/login");
        (await anonymous.PostAsync($"/annotations/{id}/delete", values)).AssertRedirect("/account/login");
        using var analyst = await factory.SignInAsAnalystAsync("analyst@example.org");
        (await analyst.PostAsync($"/annotations/{id}/edit", values)).AssertRedirect("/account/denied");

        var stored = await factory.QueryAsync(db => db.Annotations.AsNoTracking().ToListAsync());
        Assert.Equal(Event, Assert.Single(stored).Text);
    }

    [Fact]
    public async Task The_edit_and_the_deletion_are_in_the_audit_trail_and_the_list_of_changes()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var id = await AddAsync(factory, editor);

        var edit = await editor.GetDocumentAsync($"/annotations/{id}/edit");
        Assert.Equal("2023-06-15", edit.FieldValue("Input.Date"));
        (await editor.SubmitAsync(edit.MainForm(), new Dictionary<string, string>
        {
            ["Input.Date"] = "2023-06-16", ["Input.TextAr"] = "حدث تجريبي", ["Input.Reason"] = "The day after, per the source",
        })).AssertRedirect($"/annotations#annotation-{id}");
        var delete = await editor.GetDocumentAsync($"/annotations/{id}/delete");
        (await editor.SubmitAsync(delete.MainForm(), new Dictionary<string, string> { ["Input.Reason"] = "Not an event" })).AssertRedirect("/annotations");

        var entries = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AuditEntity.Annotation && a.EntityId == id).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Delete], entries.Select(e => e.Action));
        Assert.Equal(("2023-06-15", "2023-06-16"), (AuditSnapshots.ReadAnnotation(entries[1].Before)!.Date, AuditSnapshots.ReadAnnotation(entries[1].After)!.Date));
        Assert.Equal("The day after, per the source", entries[1].Reason);
        Assert.All(entries, e => Assert.NotNull(e.RevisionId));

        using var analyst = factory.CreateBrowser();
        var changes = await analyst.GetDocumentAsync("/changes");
        Assert.Equal(["Delete", "Update", "Create"], changes.QuerySelectorAll($"li[data-entity='Annotation'][data-id='{id}']").Select(li => li.GetAttribute("data-action")!));
        Assert.NotNull(changes.QuerySelector("[data-count='annotations-deleted']"));
        Assert.Contains("16 June 2023", changes.QuerySelector($"li[data-entity='Annotation'][data-action='Update']")!.TextContent);
        var audit = await editor.GetDocumentAsync("/audit");
        Assert.NotNull(audit.QuerySelector($"tr[data-entity='Annotation'][data-id='{id}'][data-action='Delete']"));
        Assert.Empty((await analyst.GetJsonAsync("/api/annotations")).Items("items"));
    }

    [Fact]
    public async Task Two_editors_race_on_one_annotation_and_the_second_is_refused_with_the_form_kept()
    {
        using var factory = new TrackerFactory();
        using var alice = await factory.SignInAsync("alice@example.org");
        using var bob = await factory.SignInAsync("bob@example.org");
        var id = await AddAsync(factory, alice);

        var aliceForm = await alice.GetDocumentAsync($"/annotations/{id}/edit");
        var bobForm = await bob.GetDocumentAsync($"/annotations/{id}/edit");
        (await alice.SubmitAsync(aliceForm.MainForm(), new Dictionary<string, string> { ["Input.Text"] = "Alice's wording" })).AssertRedirect();
        var refused = await (await bob.SubmitAsync(bobForm.MainForm(), new Dictionary<string, string> { ["Input.Text"] = "Bob's wording" })).ReadDocumentAsync();

        Assert.NotNull(refused.QuerySelector("#conflict"));
        Assert.Equal("Bob's wording", refused.FieldValue("Input.Text"));
        Assert.Equal("Alice's wording", await factory.QueryAsync(db => db.Annotations.Where(a => a.Id == id).Select(a => a.Text).SingleAsync()));
    }

    [Fact]
    public async Task The_annotations_and_the_changes_are_paged_like_every_list_and_no_page_number_breaks_them()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        foreach (var day in new[] { "2023-06-15", "2023-07-15", "2023-08-15" }) await AddAsync(factory, editor, day);
        using var analyst = factory.CreateBrowser();

        static (string? Page, string? Pages, int Rows, bool Next) Read(AngleSharp.Html.Dom.IHtmlDocument page, string rows) =>
            (page.QuerySelector("nav.pager")?.GetAttribute("data-page"), page.QuerySelector("nav.pager")?.GetAttribute("data-pages"),
                page.QuerySelectorAll(rows).Length, page.QuerySelector("nav.pager a[rel=next]") is not null);

        Assert.Equal(("1", "2", 2, true), Read(await analyst.GetDocumentAsync("/annotations?size=2"), "tr[data-annotation]"));
        var next = (await analyst.GetDocumentAsync("/annotations?size=2")).QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal(("2", "2", 1, false), Read(await analyst.GetDocumentAsync(next), "tr[data-annotation]"));
        // Past the last page, or beyond any number, is the last page; the size keeps to its bounds.
        foreach (var p in new[] { "3", "2147483647", "85899346" })
        {
            Assert.Equal(("2", "2", 1, false), Read(await analyst.GetDocumentAsync($"/annotations?size=2&p={p}"), "tr[data-annotation]"));
        }

        Assert.Equal(("1", "3", 1, true), Read(await analyst.GetDocumentAsync("/annotations?size=0"), "tr[data-annotation]"));

        // The list of changes, two data versions to a page: a page beyond any number is the last one.
        var versions = await factory.QueryAsync(db => db.Revisions.CountAsync());
        var pages = (versions + 1) / 2;
        Assert.Equal((pages.ToString(System.Globalization.CultureInfo.InvariantCulture), pages.ToString(System.Globalization.CultureInfo.InvariantCulture), versions - 2 * (pages - 1), false),
            Read(await analyst.GetDocumentAsync("/changes?size=2&p=2147483647"), "section[data-version]"));
    }

    [Fact]
    public async Task As_of_a_day_before_its_creation_an_annotation_is_not_shown()
    {
        using var factory = new TrackerFactory();
        await History.BackdateSeedAsync(factory);
        using var editor = await factory.SignInAsync("editor@example.org");
        var id = await AddAsync(factory, editor);

        using var analyst = factory.CreateBrowser();
        Assert.Empty((await analyst.GetJsonAsync($"/api/annotations?asof={History.Yesterday}")).Items("items"));
        Assert.Empty(Marked(await analyst.GetDocumentAsync($"/?asof={History.Yesterday}"), "monthly"));
        var listThen = await analyst.GetDocumentAsync($"/annotations?asof={History.Yesterday}");
        Assert.NotNull(listThen.QuerySelector("#asof"));
        Assert.Empty(listThen.QuerySelectorAll("tr[data-annotation]"));
        Assert.Equal(id, (int)Assert.Single((await analyst.GetJsonAsync("/api/annotations")).Items("items")).Long("id"));
        Assert.NotNull((await analyst.GetDocumentAsync("/annotations")).QuerySelector($"tr[data-annotation=\"{id}\"]"));

        // A deleted annotation comes back as of the version before its deletion.
        var version = await factory.QueryAsync(db => db.Revisions.MaxAsync(r => r.Id));
        var delete = await editor.GetDocumentAsync($"/annotations/{id}/delete");
        (await editor.SubmitAsync(delete.MainForm())).AssertRedirect("/annotations");
        Assert.Single((await analyst.GetJsonAsync($"/api/annotations?asof=v{version}")).Items("items"));
        Assert.Single(Marked(await analyst.GetDocumentAsync($"/?asof=v{version}"), "monthly"));
        Assert.Empty((await analyst.GetDocumentAsync("/annotations")).QuerySelectorAll("tr[data-annotation]"));

        // The list as of then shows it, to an editor too, with no link to edit or delete what is no longer there.
        var editorThen = await editor.GetDocumentAsync($"/annotations?asof=v{version}");
        Assert.Equal($"v{version}", editorThen.QuerySelector("#asof")!.GetAttribute("data-asof"));
        Assert.NotNull(editorThen.QuerySelector($"tr[data-annotation=\"{id}\"]"));
        Assert.Empty(editorThen.QuerySelectorAll("a[href*='/annotations/new'], a[href$='/edit'], a[href$='/delete']"));
        Assert.NotEmpty((await editor.GetDocumentAsync("/annotations")).QuerySelectorAll("a[href*='/annotations/new']"));
    }
}
