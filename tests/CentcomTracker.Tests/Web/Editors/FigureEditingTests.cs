using System.Net;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Tests.Web.Editors;

public sealed class FigureEditingTests
{
    internal static Task<Figure> SeedFigureAsync(TrackerFactory factory, string metric, string theatre, long value) =>
        factory.QueryAsync(db => db.Figures.AsNoTracking().FirstAsync(f => f.MetricCode == metric && f.TheatreCode == theatre && f.Value == value));

    /// <summary>
    /// The edit form's quote with its value written as <paramref name="value"/> instead: a value is corrected together
    /// with the sentence it comes from, since every value must be one its quote gives.
    /// </summary>
    internal static string QuoteGiving(AngleSharp.Html.Dom.IHtmlDocument form, string value) =>
        System.Text.RegularExpressions.Regex.Replace(form.FieldValue("Input.Quote"),
            $@"(?<![\d,.]){System.Text.RegularExpressions.Regex.Escape(form.FieldValue("Input.Value"))}(?!\d)", value,
            System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    private static Task<List<AuditEntry>> AuditOfAsync(TrackerFactory factory, int figureId) =>
        factory.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AuditEntity.Figure && a.EntityId == figureId).OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task Correcting_a_figure_records_who_when_before_after_and_why()
    {
        using var factory = new TrackerFactory();
        using var client = await factory.SignInAsync("editor@example.org");
        var figure = await SeedFigureAsync(factory, "operations", "IQ", 66);

        var form = await client.GetDocumentAsync($"/figures/{figure.Id}/edit");
        Assert.Equal("66", form.FieldValue("Input.Value"));
        Assert.Equal(figure.Version.ToString(), form.FieldValue("Input.Version"));
        var saved = await client.SubmitAsync(form.MainForm(), new Dictionary<string, string>
        {
            ["Input.Value"] = "67",
            ["Input.Quote"] = QuoteGiving(form, "67"),
            ["Input.Qualifier"] = "about",
            ["Input.Reason"] = "Typing error in the first entry",
        });

        var details = await client.FollowAsync(saved);
        Assert.NotNull(details.QuerySelector("[role=status]"));
        Assert.Equal("≈ 67", details.QuerySelector("#figure dd")!.Text());
        var history = details.QuerySelector("#history")!.Text();
        Assert.Contains("Changed", history);
        Assert.Contains("editor@example.org", history);
        Assert.Contains("66", history);
        Assert.Contains("67", history);
        Assert.Contains("Typing error in the first entry", history);

        var entry = Assert.Single(await AuditOfAsync(factory, figure.Id));
        Assert.Equal((AuditAction.Update, "editor@example.org", "Typing error in the first entry"), (entry.Action, entry.UserName, entry.Reason));
        Assert.NotNull(entry.UserId);
        Assert.Equal(66, AuditSnapshots.ReadFigure(entry.Before)!.Value);
        Assert.Equal(("about", 67L), (AuditSnapshots.ReadFigure(entry.After)!.Qualifier, AuditSnapshots.ReadFigure(entry.After)!.Value));

        // Analysts read the history without an account, without editors' addresses.
        using var analyst = factory.CreateBrowser();
        var publicHistory = (await analyst.GetDocumentAsync($"/figures/{figure.Id}")).QuerySelector("#history")!.Text();
        Assert.Contains("Typing error in the first entry", publicHistory);
        Assert.DoesNotContain("editor@example.org", publicHistory);
    }

    [Fact]
    public async Task Editing_pages_are_titled_with_the_number_of_what_they_edit()
    {
        using var factory = new TrackerFactory();
        using var client = await factory.SignInAsync("editor@example.org");
        var figure = await SeedFigureAsync(factory, "operations", "IQ", 66);

        Assert.StartsWith($"Edit figure #{figure.Id} ", (await client.GetDocumentAsync($"/figures/{figure.Id}/edit")).Title);
        Assert.StartsWith($"Delete figure #{figure.Id} ", (await client.GetDocumentAsync($"/figures/{figure.Id}/delete")).Title);
        Assert.StartsWith($"Edit source #{figure.SourceId} ", (await client.GetDocumentAsync($"/sources/{figure.SourceId}/edit")).Title);
        var arabic = (await client.GetDocumentAsync($"/figures/{figure.Id}/edit?culture=ar")).Title!;
        Assert.DoesNotContain("{0}", arabic);
        var arabicDigits = string.Concat(figure.Id.ToString().Select(d => (char)('٠' + (d - '0'))));
        Assert.True(arabic.Contains(arabicDigits) || arabic.Contains(figure.Id.ToString()), arabic);
    }

    [Fact]
    public async Task Two_editors_race_on_one_figure_and_exactly_one_save_wins()
    {
        using var factory = new TrackerFactory();
        using var alice = await factory.SignInAsync("alice@example.org");
        using var bob = await factory.SignInAsync("bob@example.org");
        var figure = await SeedFigureAsync(factory, "operations", "SY", 28);

        var aliceForm = await alice.GetDocumentAsync($"/figures/{figure.Id}/edit");
        var bobForm = await bob.GetDocumentAsync($"/figures/{figure.Id}/edit");
        var responses = await Task.WhenAll(
            alice.SubmitAsync(aliceForm.MainForm(), new Dictionary<string, string> { ["Input.Value"] = "29", ["Input.Quote"] = QuoteGiving(aliceForm, "29"), ["Input.Reason"] = "Alice's correction" }),
            bob.SubmitAsync(bobForm.MainForm(), new Dictionary<string, string> { ["Input.Value"] = "31", ["Input.Quote"] = QuoteGiving(bobForm, "31"), ["Input.Reason"] = "Bob's correction" }));

        var winners = responses.Count(r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(1, winners);
        var (winner, winningValue, loserResponse, loserTyped) = responses[0].StatusCode == HttpStatusCode.Redirect
            ? ("alice@example.org", 29L, responses[1], "31")
            : ("bob@example.org", 31L, responses[0], "29");

        var conflict = await loserResponse.ReadDocumentAsync(200);
        Assert.NotEqual("", conflict.Summary());
        Assert.Equal(winner, conflict.QuerySelector("#conflict [data-saved-by]")!.GetAttribute("data-saved-by"));
        Assert.Equal(winningValue.ToString(), conflict.QuerySelector("#conflict-value")!.Text());
        Assert.Equal(loserTyped, conflict.FieldValue("Input.Value"));

        var stored = await SeedFigureAsync(factory, "operations", "SY", winningValue);
        Assert.Equal(figure.Id, stored.Id);
        var entry = Assert.Single(await AuditOfAsync(factory, figure.Id));
        Assert.Equal(winner, entry.UserName);

        // The loser now decides with the winner's value in view: saving again replaces it, on purpose.
        var loser = winner == "alice@example.org" ? bob : alice;
        (await loser.SubmitAsync(conflict.MainForm())).AssertRedirect($"/figures/{figure.Id}");
        Assert.Equal(2, (await AuditOfAsync(factory, figure.Id)).Count);
    }

    [Fact]
    public async Task Deleting_a_figure_asks_first_and_keeps_its_history_at_the_same_address()
    {
        using var factory = new TrackerFactory();
        using var client = await factory.SignInAsync("editor@example.org");
        var figure = await SeedFigureAsync(factory, "operations", "IQ", 66);

        var confirm = await client.GetDocumentAsync($"/figures/{figure.Id}/delete");
        Assert.Contains("66", confirm.QuerySelector("#figure")!.Text());
        Assert.NotNull(await factory.QueryAsync(db => db.Figures.FindAsync(figure.Id).AsTask()));

        var deleted = await client.SubmitAsync(confirm.MainForm(), new Dictionary<string, string> { ["Input.Reason"] = "Entered twice" });
        var list = await client.FollowAsync(deleted);
        Assert.Equal($"/figures/{figure.Id}", list.QuerySelector("[role=status] a")!.GetAttribute("href"));
        Assert.Null(await factory.QueryAsync(db => db.Figures.FindAsync(figure.Id).AsTask()));

        var entry = Assert.Single(await AuditOfAsync(factory, figure.Id));
        Assert.Equal((AuditAction.Delete, "Entered twice"), (entry.Action, entry.Reason));
        Assert.Equal(66, AuditSnapshots.ReadFigure(entry.Before)!.Value);

        using var analyst = factory.CreateBrowser();
        var history = await analyst.GetDocumentAsync($"/figures/{figure.Id}");
        Assert.Contains("(deleted)", history.QuerySelector("h1")!.Text());
        Assert.Contains("66", history.QuerySelector("#figure")!.Text());
        Assert.Contains("Entered twice", history.QuerySelector("#history")!.Text());

        // The numbers that rested on it change at once: Iraq's Q1 is no longer reported.
        var resolver = await factory.QueryAsync(db => db.LoadResolverAsync());
        Assert.False(resolver.Resolve("operations", "IQ", Period.Parse("2024-Q1")).HasValue);

        // The edit and delete pages of a deleted figure lead to its history.
        (await client.GetAsync($"/figures/{figure.Id}/edit")).AssertRedirect($"/figures/{figure.Id}");
        (await client.GetAsync($"/figures/{figure.Id}/delete")).AssertRedirect($"/figures/{figure.Id}");
    }

    [Fact]
    public async Task Deleting_a_figure_changed_since_the_confirmation_page_is_refused()
    {
        using var factory = new TrackerFactory();
        using var alice = await factory.SignInAsync("alice@example.org");
        using var bob = await factory.SignInAsync("bob@example.org");
        var figure = await SeedFigureAsync(factory, "operations", "IQ", 66);

        var confirm = await alice.GetDocumentAsync($"/figures/{figure.Id}/delete");
        var edit = await bob.GetDocumentAsync($"/figures/{figure.Id}/edit");
        (await bob.SubmitAsync(edit.MainForm(), new Dictionary<string, string> { ["Input.Value"] = "65", ["Input.Quote"] = QuoteGiving(edit, "65") })).AssertRedirect();

        var refused = await (await alice.SubmitAsync(confirm.MainForm())).ReadDocumentAsync(200);
        Assert.NotEqual("", refused.Summary());
        Assert.Contains("65", refused.QuerySelector("#figure")!.Text());
        Assert.NotNull(await factory.QueryAsync(db => db.Figures.FindAsync(figure.Id).AsTask()));
    }

    [Fact]
    public async Task The_audit_page_lists_changes_newest_first_with_who_what_and_why()
    {
        using var factory = new TrackerFactory();
        using var client = await factory.SignInAsync("editor@example.org");
        var iraq = await SeedFigureAsync(factory, "operations", "IQ", 66);
        var syria = await SeedFigureAsync(factory, "operations", "SY", 28);

        var edit = await client.GetDocumentAsync($"/figures/{iraq.Id}/edit");
        (await client.SubmitAsync(edit.MainForm(), new Dictionary<string, string> { ["Input.Value"] = "65", ["Input.Quote"] = QuoteGiving(edit, "65"), ["Input.Reason"] = "Recount" })).AssertRedirect();
        var delete = await client.GetDocumentAsync($"/figures/{syria.Id}/delete");
        (await client.SubmitAsync(delete.MainForm(), new Dictionary<string, string> { ["Input.Reason"] = "Duplicate" })).AssertRedirect();

        var audit = await client.GetDocumentAsync("/audit");
        var rows = audit.QuerySelectorAll("#audit tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(("Delete", syria.Id.ToString()), (rows[0].GetAttribute("data-action"), rows[0].GetAttribute("data-id")));
        Assert.Equal(("Update", iraq.Id.ToString()), (rows[1].GetAttribute("data-action"), rows[1].GetAttribute("data-id")));
        Assert.Contains("editor@example.org", rows[1].Text());
        var value = rows[1].QuerySelectorAll(".audit-changes li").Single(li => li.Text().StartsWith("Value:"));
        Assert.Equal(("66", "65"), (value.QuerySelector("del")!.Text(), value.QuerySelector("ins")!.Text()));
        Assert.Contains("Recount", rows[1].Text());
        Assert.NotNull(rows[0].QuerySelector($"a[href='/figures/{syria.Id}']"));
    }
}
