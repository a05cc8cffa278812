using System.Globalization;
using System.Xml.Linq;
using CentcomTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Tests.Web.Provenance;

public sealed class ChangesTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task An_edit_and_a_deletion_are_numbered_versions_listed_newest_first_in_the_feed_and_the_changes_api()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var edited = await History.FigureAsync(factory, "operations", "IQ", 66);
        var deleted = await History.FigureAsync(factory, "operations", "SY", 28);
        using var analyst = factory.CreateBrowser();
        var before = await analyst.GetJsonAsync("/api/changes?since=v0");
        Assert.Equal(0, before["totalCount"]!.GetValue<int>());
        var start = DateTime.UtcNow.AddSeconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        await History.EditValueAsync(editor, edited.Id, 67);
        await History.DeleteAsync(editor, deleted.Id);

        // The API: one change and one deletion, with before and after, since a version and since a time.
        foreach (var since in new[] { "v0", start })
        {
            var changes = await analyst.GetJsonAsync($"/api/changes?since={Uri.EscapeDataString(since)}");
            Assert.Equal((0, 1, 1, 2L), (changes["added"]!.GetValue<int>(), changes["changed"]!.GetValue<int>(), changes["deleted"]!.GetValue<int>(), changes.Long("latestVersion")));
            var items = changes.Items("items").ToList();
            var change = Assert.Single(items, i => i.Text("change") == "changed");
            Assert.Equal((edited.Id, 66L, 67L, 1L), (change["figureId"]!.GetValue<int>(), change["before"]!.Long("value"), change["after"]!.Long("value"), change.Long("version")));
            var deletion = Assert.Single(items, i => i.Text("change") == "deleted");
            Assert.Equal((deleted.Id, 28L, 2L), (deletion["figureId"]!.GetValue<int>(), deletion["before"]!.Long("value"), deletion.Long("version")));
            Assert.True(deletion.IsExplicitNull("after"));
        }

        var paged = await analyst.GetJsonAsync("/api/changes?since=v0&pageSize=1");
        Assert.Equal((2, 1), (paged["totalPages"]!.GetValue<int>(), paged.Items("items").Count()));
        Assert.Contains("page=2", paged.Text("next"));
        Assert.Equal(0, (await analyst.GetJsonAsync("/api/changes?since=v2"))["totalCount"]!.GetValue<int>());

        // One version alone: since the one before it, until it.
        var first = await analyst.GetJsonAsync("/api/changes?since=v0&until=v1");
        Assert.Equal((1, 1L), (first["totalCount"]!.GetValue<int>(), Assert.Single(first.Items("items")).Long("version")));
        Assert.NotNull((await analyst.GetProblemAsync("/api/changes?since=v2&until=v1", 400))["errors"]!["until"]);
        Assert.NotNull((await analyst.GetProblemAsync("/api/changes?since=v0&until=v3", 400))["errors"]!["until"]);
        Assert.NotNull((await analyst.GetProblemAsync("/api/changes?since=v3", 400))["errors"]!["since"]);

        // The page: newest first, with before → after; editors' names only for editors.
        var page = await analyst.GetDocumentAsync("/changes");
        Assert.Equal(["2", "1"], page.QuerySelectorAll("[data-version]").Select(v => v.GetAttribute("data-version")!));
        Assert.NotNull(page.QuerySelector($"#v1 [data-id='{edited.Id}'][data-action=Update] del"));
        Assert.NotNull(page.QuerySelector($"#v2 [data-id='{deleted.Id}'][data-action=Delete]"));
        Assert.Null(page.QuerySelector(".version-author"));
        Assert.Contains("editor@example.org", (await editor.GetDocumentAsync("/changes")).QuerySelector(".version-author")!.TextContent);

        // The feed: valid Atom with one entry per version, newest first.
        var response = await analyst.GetAsync("/feed.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        AssertValidAtom(feed);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.EndsWith("asof=v2", entries[0].Element(Atom + "id")!.Value);
        Assert.EndsWith("asof=v1", entries[1].Element(Atom + "id")!.Value);
        // Each entry's data in the API is that version's changes alone.
        var described = entries[1].Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "describedby");
        Assert.EndsWith("/api/changes?since=v0&until=v1", (string)described.Attribute("href")!);
    }

    [Fact]
    public async Task A_corrected_source_is_a_numbered_change_in_the_source_changes_api()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var source = await factory.QueryAsync(db => db.Sources.AsNoTracking().OrderBy(s => s.Id).FirstAsync());
        using var analyst = factory.CreateBrowser();
        Assert.Equal(0, (await analyst.GetJsonAsync("/api/changes/sources?since=v0"))["totalCount"]!.GetValue<int>());

        var form = await editor.GetDocumentAsync($"/sources/{source.Id}/edit");
        (await editor.SubmitAsync(form.MainForm(), new Dictionary<string, string>
        {
            ["Input.Source.Title"] = source.Title + " (full title)",
            ["Input.Reason"] = "Title as published",
        })).AssertRedirect();

        // The correction, with the source before and after, its version and its reason; no figure changed.
        var changes = await analyst.GetJsonAsync("/api/changes/sources?since=v0");
        Assert.Equal((0, 1, 1L), (changes["added"]!.GetValue<int>(), changes["changed"]!.GetValue<int>(), changes.Long("latestVersion")));
        var change = Assert.Single(changes.Items("items"));
        Assert.Equal((source.Id, "changed", 1L, "Title as published"), (change["sourceId"]!.GetValue<int>(), change.Text("change"), change.Long("version"), change.Text("reason")));
        Assert.Equal((source.Title, source.Title + " (full title)"), (change["before"]!.Text("title"), change["after"]!.Text("title")));
        Assert.Equal((source.Published.Label, source.Tier.Code(), source.Url), (change["after"]!.Text("published"), change["after"]!.Text("tier"), change["after"]!["url"]?.GetValue<string>()));
        Assert.Equal(0, (await analyst.GetJsonAsync("/api/changes?since=v0"))["totalCount"]!.GetValue<int>());
        var listed = await analyst.GetJsonAsync($"/api/sources/{source.Id}");
        Assert.Equal(listed.Text("series"), change["after"]!.Text("series"));

        // The feed's entry for the version points to the source changes as well.
        var feed = XDocument.Parse(await analyst.GetStringAsync("/feed.atom")).Root!;
        var described = Assert.Single(feed.Elements(Atom + "entry")).Elements(Atom + "link").Where(l => (string?)l.Attribute("rel") == "describedby")
            .Select(l => (string)l.Attribute("href")!).ToList();
        Assert.Contains(described, href => href.EndsWith("/api/changes/sources?since=v0&until=v1", StringComparison.Ordinal));

        // The same versions and refusals as the figures' changes.
        Assert.Equal(0, (await analyst.GetJsonAsync("/api/changes/sources?since=v1"))["totalCount"]!.GetValue<int>());
        Assert.Single((await analyst.GetJsonAsync("/api/changes/sources?since=v0&until=v1")).Items("items"));
        Assert.NotNull((await analyst.GetProblemAsync("/api/changes/sources?since=v2", 400))["errors"]!["since"]);
        Assert.NotNull((await analyst.GetProblemAsync("/api/changes/sources?since=v1&until=v0", 400))["errors"]!["until"]);
    }

    /// <summary>RFC 4287's rules for a feed and its entries.</summary>
    private static void AssertValidAtom(XElement feed)
    {
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated" })
        {
            Assert.Single(feed.Elements(Atom + required));
        }

        Assert.True(Uri.IsWellFormedUriString(feed.Element(Atom + "id")!.Value, UriKind.Absolute));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        // Every entry has an author: the feed's, here.
        Assert.NotEmpty(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);

        var ids = new HashSet<string>();
        DateTimeOffset? previous = null;
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            Assert.Single(entry.Elements(Atom + "id"));
            Assert.Single(entry.Elements(Atom + "title"));
            Assert.Single(entry.Elements(Atom + "updated"));
            var id = entry.Element(Atom + "id")!.Value;
            Assert.True(Uri.IsWellFormedUriString(id, UriKind.Absolute), id);
            Assert.True(ids.Add(id), $"{id} twice");
            var updated = DateTimeOffset.Parse(entry.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture);
            Assert.True(previous is null || updated <= previous, "entries are newest first");
            previous = updated;
            // No content element, so an alternate link is required (4.1.1); at most one per type and language.
            var alternates = entry.Elements(Atom + "link").Where(l => (string?)l.Attribute("rel") is null or "alternate").ToList();
            Assert.Single(alternates);
            Assert.All(entry.Elements(Atom + "link"), l => Assert.True(Uri.IsWellFormedUriString((string)l.Attribute("href")!, UriKind.Absolute)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("?since=")]
    [InlineData("?since=last-week")]
    [InlineData("?since=v0&pageSize=0")]
    public async Task A_bad_since_is_a_problem_naming_the_parameter(string query)
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();
        foreach (var changes in new[] { "/api/changes", "/api/changes/sources" })
        {
            var problem = await client.GetProblemAsync($"{changes}{query}", 400);
            Assert.NotNull(problem["errors"]);
        }
    }

    [Fact]
    public async Task Pages_link_to_the_changes_and_the_feed()
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/");
        Assert.NotNull(page.QuerySelector("link[rel=alternate][type='application/atom+xml'][href='/feed.atom']"));
        Assert.NotNull(page.QuerySelector("footer a[href='/changes']"));
        Assert.NotNull(page.QuerySelector("footer a[href='/openapi/v1.json']"));  // the API is found from the site, not only from a 404
        // In Arabic, the feed's name too.
        var arabic = await client.GetDocumentAsync("/?culture=ar");
        Assert.Equal("CentcomTracker: التغييرات على البيانات", arabic.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("title"));
        var changes = await client.GetDocumentAsync("/changes");
        Assert.NotNull(changes.QuerySelector("a[href^='/api/changes']"));
    }
}
