using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CentcomTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Tests.Web.Editors;

/// <summary>"Paste the release" on /figures/release, as a browser without script uses it: paste, fill, confirm, save.</summary>
public sealed class ReleasePasteTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    // S8, CENTCOM's month in review for January 2023, with the heading and a sentence that holds no figure.
    public const string January2023 =
        "CENTCOM Month in Review: The Fight Against ISIS in Iraq and Syria\n\n" +
        "For the month of January 2023, the CENTCOM-led coalition conducted a total of 43 D-ISIS operations, resulting in 11 ISIS operatives killed and 227 detained.\n" +
        "About 65 percent of the operations were partnered.";

    private static Dictionary<string, string> Source(string title) => new()
    {
        ["Input.SourceChoice"] = "new",
        ["Input.NewSource.Publisher"] = "US Central Command (test)",
        ["Input.NewSource.Title"] = title,
        ["Input.NewSource.Date"] = "2023-02-02",
        ["Input.NewSource.Language"] = "en",
        ["Input.NewSource.Tier"] = "primary",
    };

    /// <summary>Presses "Fill the grid from the text": the whole form goes to the Paste handler.</summary>
    private static async Task<IHtmlDocument> PasteAsync(HttpClient client, IHtmlDocument page, Dictionary<string, string> values)
    {
        var fields = Browser.FormFields(page.MainForm());
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        var response = await client.PostAsync("/figures/release?handler=Paste", new FormUrlEncodedContent(fields));
        return await response.ReadDocumentAsync();
    }

    private static IElement Cell(IHtmlDocument page, string metric, string theatre) =>
        page.QuerySelector($"fieldset.release-cell[data-metric='{metric}'][data-theatre='{theatre}']")!;

    [Fact]
    public async Task A_pasted_text_of_nothing_but_numbers_lists_two_hundred_of_them_and_counts_the_rest()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var values = Source($"Numbers only {Guid.NewGuid():N}");
        values["Input.Paste"] = string.Concat(Enumerable.Repeat("1 and ", 10_922));  // 64 KB: one sentence of 10,922 numbers
        var fields = Browser.FormFields((await client.GetDocumentAsync("/figures/release")).MainForm());
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        var response = await client.PostAsync("/figures/release?handler=Paste", new FormUrlEncodedContent(fields));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Length < 2_000_000, $"{html.Length} characters");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var listed = page.QuerySelectorAll(".release-unplaced li[data-reason]");
        Assert.Equal(200, listed.Length);
        Assert.Equal("10722", page.QuerySelector(".release-unplaced .release-more")!.GetAttribute("data-more"));
        Assert.All(listed, item => Assert.True(item.QuerySelector("mark")?.TextContent == "1" && item.TextContent.Length < 4_500));
    }

    [Fact]
    public async Task A_pasted_release_fills_the_grid_with_sentences_marked_and_saves_once_confirmed()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var before = await factory.CountsAsync();
        var values = Source($"January 2023 in review {Guid.NewGuid():N}");
        values["Input.Paste"] = January2023;
        var filled = await PasteAsync(client, await client.GetDocumentAsync("/figures/release"), values);

        Assert.Equal("2023-01", filled.FieldValue("Input.Period"));
        var outcome = filled.QuerySelector("#paste-outcome")!;
        Assert.Equal(("3", "3"), (outcome.GetAttribute("data-found"), outcome.GetAttribute("data-filled")));
        Assert.Equal("percentage", filled.QuerySelector(".release-unplaced li")!.GetAttribute("data-reason"));
        foreach (var (metric, value) in new[] { ("operations", "43"), ("killed", "11"), ("detained", "227") })
        {
            var cell = Cell(filled, metric, "IQ+SY");
            Assert.Equal(value, ((IHtmlInputElement)cell.QuerySelector("input[name$='.Value']")!).Value);
            Assert.StartsWith("For the month of January 2023", ((IHtmlTextAreaElement)cell.QuerySelector("textarea[name$='.Quote']")!).Value, StringComparison.Ordinal);
            Assert.Equal(value, cell.QuerySelector(".release-extracted mark")!.TextContent);
            Assert.False(((IHtmlInputElement)cell.QuerySelector("input[type=checkbox][name$='.Confirmed']")!).IsChecked);
            Assert.NotNull(cell.QuerySelector("[data-note='theatre-assumed']"));
        }

        // Unconfirmed, nothing is saved: each filled-in candidate asks to be confirmed, corrected or cleared.
        var refused = await (await client.SubmitAsync(filled.MainForm())).ReadDocumentAsync();
        Assert.NotEmpty(refused.ErrorFor(Cell(refused, "operations", "IQ+SY").QuerySelector("input[type=checkbox]")!.GetAttribute("name")!));
        Assert.Equal(before.Figures, (await factory.CountsAsync()).Figures);

        // Confirm two, correct nothing, clear the third: two figures are saved with their sentences.
        var confirm = new Dictionary<string, string>();
        foreach (var metric in new[] { "operations", "killed" })
        {
            confirm[Cell(refused, metric, "IQ+SY").QuerySelector("input[type=checkbox]")!.GetAttribute("name")!] = "true";
        }

        var detained = Cell(refused, "detained", "IQ+SY");
        confirm[detained.QuerySelector("input[name$='.Value']")!.GetAttribute("name")!] = "";
        confirm[detained.QuerySelector("textarea[name$='.Quote']")!.GetAttribute("name")!] = "";
        (await client.SubmitAsync(refused.MainForm(), confirm)).AssertRedirect("/figures?source=");

        Assert.Equal(before.Figures + 2, (await factory.CountsAsync()).Figures);
        var saved = await factory.QueryAsync(db => db.Figures.AsNoTracking().Where(f => f.Source!.Title == values["Input.NewSource.Title"])
            .Select(f => new { f.MetricCode, f.TheatreCode, f.Value, f.Quote }).ToListAsync());
        Assert.Equal(["killed 11", "operations 43"], saved.Select(f => $"{f.MetricCode} {f.Value}").Order());
        Assert.All(saved, f => Assert.Equal("IQ+SY", f.TheatreCode));
        Assert.All(saved, f => Assert.StartsWith("For the month of January 2023", f.Quote, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_Arabic_article_fills_counts_for_the_half_year_and_levels_as_of_its_date()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var values = Source($"مقال {Guid.NewGuid():N}");
        values["Input.NewSource.Date"] = "2024-07-17";
        values["Input.NewSource.Language"] = "ar";
        values["Input.Paste"] = Domain.Extraction.SeedArticleExtractionTests.Arabic;
        var filled = await PasteAsync(client, await client.GetDocumentAsync("/figures/release"), values);

        Assert.Equal(("2024-H1", "2024-07-17"), (filled.FieldValue("Input.Period"), filled.FieldValue("Input.AsOf")));
        Assert.Equal("12", filled.QuerySelector("#paste-outcome")!.GetAttribute("data-filled"));
        Assert.Equal("ألفين و500", Cell(filled, "fighters-at-large", "IQ+SY").QuerySelector("mark")!.TextContent);
        var detainees = Cell(filled, "detainees-held", "SY");
        Assert.Equal("more-than", ((IHtmlSelectElement)detainees.QuerySelector("select[name$='.Qualifier']")!).Value);
    }

    [Fact]
    public async Task Pasting_without_a_source_or_text_says_what_is_missing()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var page = await client.GetDocumentAsync("/figures/release");
        var noSource = await PasteAsync(client, page, new() { ["Input.Paste"] = January2023 });
        Assert.NotEmpty(noSource.ErrorFor("Input.Paste"));
        Assert.Null(noSource.QuerySelector(".release-extracted"));

        var noText = await PasteAsync(client, page, Source("Empty paste"));
        Assert.NotEmpty(noText.ErrorFor("Input.Paste"));
    }

    [Fact]
    public async Task A_refused_paste_keeps_every_value_and_quote_typed_in_the_grid()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var page = await client.GetDocumentAsync("/figures/release");
        var operations = Cell(page, "operations", "IQ");
        var killed = Cell(page, "killed", "SY");
        var typed = new Dictionary<string, string>
        {
            [operations.QuerySelector("input[name$='.Value']")!.GetAttribute("name")!] = "43",
            [operations.QuerySelector("textarea[name$='.Quote']")!.GetAttribute("name")!] = "a total of 43 D-ISIS operations",
            [operations.QuerySelector("select[name$='.Qualifier']")!.GetAttribute("name")!] = "more-than",
            [killed.QuerySelector("input[name$='.Value']")!.GetAttribute("name")!] = "11",
            [killed.QuerySelector("textarea[name$='.Quote']")!.GetAttribute("name")!] = "11 ISIS operatives killed",
        };

        // No text (with a source), and text without a source: each is refused beside the box, the grid untouched.
        var noText = new Dictionary<string, string>(typed.Concat(Source("Empty paste"))) { ["Input.Paste"] = "" };
        var noSource = new Dictionary<string, string>(typed) { ["Input.Paste"] = January2023 };
        foreach (var values in new[] { noText, noSource })
        {
            var refused = await PasteAsync(client, page, values);
            Assert.NotEmpty(refused.ErrorFor("Input.Paste"));
            foreach (var (name, value) in typed)
            {
                Assert.Equal(value, refused.FieldValue(name));
            }
        }
    }
}
