using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using CentcomTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using static CentcomTracker.Tests.Web.ImportPage;

namespace CentcomTracker.Tests.Web.Editors;

/// <summary>
/// Every number traces to its quote: a value its own exact quote does not give is refused by the forms and the import,
/// unless an editor confirms that the quote writes it in words the tracker cannot read; the review page warns of it.
/// </summary>
public sealed class QuoteValueTests
{
    private const string Alice = "alice@example.org";
    private const string Bob = "bob@example.org";

    /// <summary>CENTCOM's mid-year statement (S2): "…ISIS has claimed 153 attacks in Iraq and Syria…".</summary>
    private static Task<Figure> ClaimedAttacksAsync(TrackerFactory factory, string quoted) =>
        factory.QueryAsync(db => db.Figures.AsNoTracking().FirstAsync(f => f.MetricCode == "attacks-claimed" && f.Value == 153 && f.Quote.Contains(quoted)));

    private static Task<long> ValueAsync(TrackerFactory factory, int id) =>
        factory.QueryAsync(db => db.Figures.Where(f => f.Id == id).Select(f => f.Value).SingleAsync());

    /// <summary>Posts the edit form with these fields changed, expecting it refused: the form comes back, nothing saved.</summary>
    private static async Task<IHtmlDocument> RefusedEditAsync(HttpClient editor, int id, Dictionary<string, string> values)
    {
        var form = await editor.GetDocumentAsync($"/figures/{id}/edit");
        var response = await editor.SubmitAsync(form.MainForm(), values);
        return await response.ReadDocumentAsync();
    }

    [Fact]
    public async Task A_value_its_quote_does_not_give_is_refused_beside_the_value_and_nothing_is_saved()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var figure = await ClaimedAttacksAsync(factory, "has claimed 153 attacks");
        var audit = await factory.CountsAsync();

        var page = await RefusedEditAsync(editor, figure.Id, new() { ["Input.Value"] = "160" });

        var error = page.ErrorFor("Input.Value");
        Assert.Contains("153", error);
        Assert.Contains("160", error);
        Assert.Equal("160", page.FieldValue("Input.Value"));
        Assert.NotNull(page.QuerySelector("input[type=checkbox][name='Input.ValueConfirmed']"));
        Assert.Equal(153, await ValueAsync(factory, figure.Id));
        Assert.Equal(audit, await factory.CountsAsync());
        Assert.Contains("153", (await editor.GetDocumentAsync($"/figures/{figure.Id}")).QuerySelector("#figure dd")!.Text());
    }

    [Fact]
    public async Task A_figure_whose_quote_gives_only_a_total_keeps_its_value_when_its_note_is_corrected()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        // A seed figure for one country, from a sentence that gives only the total (its note says so).
        var figures = await factory.QueryAsync(db => db.Figures.AsNoTracking().Where(f => f.Note != null).ToListAsync());
        var figure = figures.First(f => !CentcomTracker.Web.Domain.Extraction.QuotedNumbers.States(f.Quote, f.Value));

        var form = await editor.GetDocumentAsync($"/figures/{figure.Id}/edit");
        (await editor.SubmitAsync(form.MainForm(), new Dictionary<string, string> { ["Input.Note"] = figure.Note + " Checked again.", ["Input.Reason"] = "Note" }))
            .AssertRedirect($"/figures/{figure.Id}");
        Assert.EndsWith("Checked again.", await factory.QueryAsync(db => db.Figures.Where(f => f.Id == figure.Id).Select(f => f.Note).SingleAsync()));

        // A new value for the same quote is still refused until confirmed.
        var refused = await RefusedEditAsync(editor, figure.Id, new() { ["Input.Value"] = (figure.Value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.NotEmpty(refused.ErrorFor("Input.Value"));
        Assert.Equal(figure.Value, await ValueAsync(factory, figure.Id));
    }

    [Fact]
    public async Task A_value_refused_for_its_quote_saves_once_the_quote_gives_it()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var figure = await ClaimedAttacksAsync(factory, "has claimed 153 attacks");
        var refused = await RefusedEditAsync(editor, figure.Id, new() { ["Input.Value"] = "160" });
        Assert.NotEqual("", refused.ErrorFor("Input.Value"));

        var corrected = figure.Quote.Replace("153", "160", StringComparison.Ordinal);
        var saved = await editor.SubmitAsync(refused.MainForm(), new Dictionary<string, string> { ["Input.Quote"] = corrected });

        saved.AssertRedirect($"/figures/{figure.Id}");
        Assert.Equal(160, await ValueAsync(factory, figure.Id));
    }

    [Fact]
    public async Task A_value_the_quote_writes_in_words_the_tracker_cannot_read_saves_when_the_editor_confirms_it()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var figure = await ClaimedAttacksAsync(factory, "has claimed 153 attacks");
        var inWords = "In the first half of 2024, ISIS claimed a dozen attacks in Iraq and Syria.";

        // Unconfirmed, the quote gives no number the tracker can read: refused, with the confirmation now offered.
        var refused = await RefusedEditAsync(editor, figure.Id, new() { ["Input.Value"] = "12", ["Input.Quote"] = inWords });
        Assert.Contains("12", refused.ErrorFor("Input.Value"));
        Assert.Equal(153, await ValueAsync(factory, figure.Id));

        var saved = await editor.SubmitAsync(refused.MainForm(), new Dictionary<string, string> { ["Input.ValueConfirmed"] = "true" });

        saved.AssertRedirect($"/figures/{figure.Id}");
        Assert.Equal(12, await ValueAsync(factory, figure.Id));
    }

    [Fact]
    public async Task An_Arabic_quote_is_read_in_Arabic_Indic_digits_refusing_a_value_it_does_not_give_and_accepting_one_it_does()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var figure = await ClaimedAttacksAsync(factory, "153 هجوماً");

        var refused = await RefusedEditAsync(editor, figure.Id, new() { ["Input.Value"] = "160" });
        Assert.Contains("153", refused.ErrorFor("Input.Value"));
        Assert.Equal(153, await ValueAsync(factory, figure.Id));

        // The same sentence with its number in Arabic-Indic digits, as Arabic outlets often write it.
        var arabicIndic = figure.Quote.Replace("153", "١٦٠", StringComparison.Ordinal);
        var saved = await editor.SubmitAsync(refused.MainForm(), new Dictionary<string, string> { ["Input.Quote"] = arabicIndic });

        saved.AssertRedirect($"/figures/{figure.Id}");
        Assert.Equal(160, await ValueAsync(factory, figure.Id));
    }

    [Fact]
    public async Task A_release_cell_whose_quote_does_not_give_its_value_is_refused_beside_it_until_confirmed()
    {
        using var factory = new TrackerFactory();
        using var editor = await factory.SignInAsync("editor@example.org");
        var before = await factory.CountsAsync();
        var form = await editor.GetDocumentAsync("/figures/release");
        var values = ReleaseTests.ValidRelease(form);
        var value = ReleaseTests.Cell(form, "operations", "SY", "Value");
        values[value] = "31";

        var refused = await (await editor.SubmitAsync(form.MainForm(), values)).ReadDocumentAsync();
        var error = refused.ErrorFor(value);
        Assert.Contains("30", error);
        Assert.Contains("31", error);
        Assert.Equal("", refused.ErrorFor(ReleaseTests.Cell(form, "operations", "IQ", "Value")));
        Assert.Equal(before, await factory.CountsAsync());

        var confirmation = value.Replace(".Value", ".ValueConfirmed", StringComparison.Ordinal);
        var saved = await editor.SubmitAsync(refused.MainForm(), new Dictionary<string, string> { [confirmation] = "true" });

        saved.AssertRedirect("/figures?source=");
        Assert.Equal(before.Figures + 2, (await factory.CountsAsync()).Figures);
    }

    [Fact]
    public async Task An_imported_row_whose_quote_does_not_give_its_value_is_an_error_unless_value_confirmed_says_so()
    {
        using var factory = TrackerFactory.With(("Database:Seed", "false"));
        using var editor = await EditorClient.CreateAsync(factory);

        const string quote = "In June, 12 partnered operations were conducted in Iraq.";
        var preview = await UploadAsync(editor, Csv(Header, Row(value: "13", quote: quote), Row(theatre: "SY", value: "12", quote: quote)));
        var problems = preview.PreviewRow(2).Problems("value");
        Assert.Contains(problems, p => p.Contains("12", StringComparison.Ordinal) && p.Contains("13", StringComparison.Ordinal));
        Assert.Empty(preview.PreviewRow(3).Problems("value"));
        Assert.Equal("error", preview.PreviewRow(2).GetAttribute("data-outcome"));
        Assert.Null(preview.QuerySelector("#commit-form"));

        var confirmed = await UploadAsync(editor, Csv(Header + ",source_tier,source_note,peak,value_confirmed",
            Row(value: "13", quote: quote) + ",,,,true", Row(theatre: "SY", value: "12", quote: quote) + ",,,,"));
        Assert.Empty(confirmed.QuerySelectorAll("#import-rows tr[data-outcome]:not([data-outcome=create])"));
        (await CommitAsync(editor, confirmed)).AssertRedirect();
        Assert.Equal(2, await factory.QueryAsync(db => db.Figures.CountAsync()));
    }

    [Fact]
    public async Task The_seed_loads_whole_and_its_export_marks_the_values_its_quotes_do_not_give_so_a_backup_restores()
    {
        using var seeded = new TrackerFactory();
        using var reader = seeded.CreateClient();
        Assert.Equal(SeedData.LoadEmbedded().Figures.Count, await seeded.QueryAsync(db => db.Figures.CountAsync()));

        var export = await reader.GetByteArrayAsync("/figures/export.csv");
        var lines = Encoding.UTF8.GetString(export).Split("\r\n");
        Assert.EndsWith(",value_confirmed", lines[0]);
        // April 2023 in Iraq: 25 operations, from a report whose quote gives only the total of 35.
        Assert.Contains(lines, l => l.StartsWith("operations,IQ,2023-04,25,", StringComparison.Ordinal) && l.EndsWith(",true", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("operations,IQ+SY,2023-04,35,", StringComparison.Ordinal) && l.EndsWith(",", StringComparison.Ordinal));

        using var empty = TrackerFactory.With(("Database:Seed", "false"));
        using var editor = await EditorClient.CreateAsync(empty);
        var preview = await UploadAsync(editor, export, "backup.csv");
        Assert.Empty(preview.QuerySelectorAll("#import-rows tr[data-outcome]:not([data-outcome=create])"));
        Assert.Equal(HttpStatusCode.Redirect, (await CommitAsync(editor, preview)).StatusCode);
        Assert.Equal(SeedData.LoadEmbedded().Figures.Count, await empty.QueryAsync(db => db.Figures.CountAsync()));
    }

    [Fact]
    public async Task The_review_page_warns_of_a_proposed_value_its_quote_does_not_give()
    {
        using var factory = TrackerFactory.Reviewed();
        using var alice = await factory.SignInAsync(Alice);
        using var bob = await factory.SignInAsync(Bob);
        var figure = await ClaimedAttacksAsync(factory, "has claimed 153 attacks");
        var other = await FigureEditingTests.SeedFigureAsync(factory, "operations", "IQ", 66);

        // Alice confirms a value her quote writes in words; she also proposes an ordinary correction of a note.
        var refused = await RefusedEditAsync(alice, figure.Id, new()
        {
            ["Input.Value"] = "12", ["Input.Quote"] = "In the first half of 2024, ISIS claimed a dozen attacks in Iraq and Syria.",
        });
        (await alice.SubmitAsync(refused.MainForm(), new Dictionary<string, string> { ["Input.ValueConfirmed"] = "true", ["Input.Reason"] = "in words" }))
            .AssertRedirect($"/figures/{figure.Id}");
        var form = await alice.GetDocumentAsync($"/figures/{other.Id}/edit");
        (await alice.SubmitAsync(form.MainForm(), new Dictionary<string, string> { ["Input.Note"] = "Checked against the release." }))
            .AssertRedirect($"/figures/{other.Id}");

        var review = await bob.GetDocumentAsync("/review");
        var words = review.QuerySelector($"tr[data-figure='{figure.Id}']")!;
        var warning = words.QuerySelector("[data-quote-check=value-not-in-quote]");
        Assert.True(warning is not null, Html.Excerpt(words.OuterHtml));
        Assert.Contains("12", warning!.Text());
        Assert.Null(review.QuerySelector($"tr[data-figure='{other.Id}'] [data-quote-check]"));
        Assert.Equal(153, await ValueAsync(factory, figure.Id));
    }
}
