using AngleSharp.Html.Dom;
using CentcomTracker.Tests.Web.Editors;
using static CentcomTracker.Tests.Web.ImportPage;

namespace CentcomTracker.Tests.Web;

/// <summary>
/// Counts read as the language says them: "1 row" in English, and in Arabic the noun's form for the count — صف واحد
/// (1), صفّان (2), 6 صفوف (3–10), 12 صفًا (11–99), 100 صف. These assert the words, since the words are what is tested.
/// </summary>
public sealed class CountWordingTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    // The line under a list's filter that counts what it lists (the figures list, the audit trail).
    private const string CountLine = "main form[method=get] + p";

    // Under a batch's table, how many of its changes are not listed.
    private const string MoreChanges = "section.review-batch .card-body > p.small";

    private static async Task<HttpClient> InArabicAsync(HttpClient client)
    {
        (await client.GetAsync("/?culture=ar")).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Each chart's table summary beside the number of rows its table really has.</summary>
    private static Dictionary<int, string> TableSummaries(IHtmlDocument page) =>
        page.QuerySelectorAll("details.chart-data")
            .Select(d => (Rows: d.QuerySelectorAll("table.chart-table tbody tr").Length, Summary: d.QuerySelector("summary")!.Text()))
            .GroupBy(s => s.Rows)
            .ToDictionary(g => g.Key, g => g.First().Summary);

    [Fact]
    public async Task A_chart_table_of_one_row_says_row_and_in_Arabic_each_count_takes_its_form()
    {
        // In Iraq alone, the seeded figures give tables of 1, 2, 4, 6 and 12 rows; one month gives an empty one.
        using var client = factory.CreateClient();
        var english = TableSummaries(await client.GetDocumentAsync("/?theatre=IQ"));
        Assert.Equal("Data table (1 row)", english[1]);
        Assert.Equal("Data table (2 rows)", english[2]);
        Assert.Equal("Data table (12 rows)", english[12]);

        var arabic = TableSummaries(await client.GetDocumentAsync("/?theatre=IQ&culture=ar"));
        Assert.Equal("جدول البيانات (صف واحد)", arabic[1]);
        Assert.Equal("جدول البيانات (صفّان)", arabic[2]);
        Assert.Equal("جدول البيانات (6 صفوف)", arabic[6]);
        Assert.Equal("جدول البيانات (12 صفًا)", arabic[12]);

        // The number is still written in the digits the reader chose.
        var empty = TableSummaries(await client.GetDocumentAsync("/?a=2024-06&b=2024-06&theatre=IQ&culture=ar&digits=arab"));
        Assert.Equal("جدول البيانات (لا صفوف)", empty[0]);
        Assert.Equal("جدول البيانات (٦ صفوف)", empty[6]);
    }

    [Fact]
    public async Task The_figures_list_counts_one_figure_in_the_singular()
    {
        using var client = factory.CreateClient();
        var one = (await client.GetDocumentAsync("/figures?metric=detainees-held&theatre=IQ")).QuerySelector(CountLine)!;
        Assert.Equal("1 figure.", one.Text());
        Assert.Equal("1", one.GetAttribute("data-total"));

        await InArabicAsync(client);
        Assert.Equal("رقم واحد.", (await client.GetDocumentAsync("/figures?metric=detainees-held&theatre=IQ")).QuerySelector(CountLine)!.Text());
        Assert.Equal("رقمان.", (await client.GetDocumentAsync("/figures?metric=leaders-killed&theatre=IQ%2BSY")).QuerySelector(CountLine)!.Text());
        Assert.Equal("4 أرقام.", (await client.GetDocumentAsync("/figures?metric=camp-population&theatre=SY")).QuerySelector(CountLine)!.Text());
    }

    [Fact]
    public async Task One_correction_is_one_change_in_the_audit_trail_and_in_the_list_of_data_versions()
    {
        using var host = new TrackerFactory();
        using var editor = await host.SignInAsync("editor@example.org");
        var figure = await FigureEditingTests.SeedFigureAsync(host, "operations", "IQ", 66);
        var form = await editor.GetDocumentAsync($"/figures/{figure.Id}/edit");
        (await editor.SubmitAsync(form.MainForm(), new Dictionary<string, string> { ["Input.Value"] = "67", ["Input.Quote"] = FigureEditingTests.QuoteGiving(form, "67"), ["Input.Reason"] = "Typing error" }))
            .AssertRedirect($"/figures/{figure.Id}");

        var total = (await editor.GetDocumentAsync("/audit")).QuerySelector(CountLine)!;
        Assert.Equal("1 change.", total.Text());
        Assert.Equal("1", total.GetAttribute("data-total"));
        var version = (await editor.GetDocumentAsync("/changes")).QuerySelector("section.data-version [data-count='figures-changed']")!;
        Assert.Equal("1 figure changed", version.Text());

        await InArabicAsync(editor);
        Assert.Equal("تعديل واحد.", (await editor.GetDocumentAsync("/audit")).QuerySelector(CountLine)!.Text());
        Assert.Equal("عُدّل رقم واحد",
            (await editor.GetDocumentAsync("/changes")).QuerySelector("section.data-version [data-count='figures-changed']")!.Text());
    }

    [Fact]
    public async Task A_release_of_two_figures_is_saved_in_the_Arabic_dual()
    {
        using var host = new TrackerFactory();
        using var editor = await InArabicAsync(await host.SignInAsync("editor@example.org"));
        var form = await editor.GetDocumentAsync("/figures/release");

        var saved = await editor.SubmitAsync(form.MainForm(), ReleaseTests.ValidRelease(form));

        var status = (await editor.FollowAsync(saved)).QuerySelector("[role=status]")!.Text();
        Assert.StartsWith("حُفظ رقمان من «", status);
        Assert.Contains("تعرضهما", status);
    }

    [Fact]
    public async Task The_limit_of_a_pasted_release_is_said_in_the_form_its_number_takes_in_Arabic()
    {
        using var editor = await InArabicAsync(await factory.SignInAsync(Browser.NewEditorEmail()));
        var page = await editor.GetDocumentAsync("/figures/release");
        var fields = Browser.FormFields(page.MainForm());
        fields.RemoveAll(f => f.Key == "Input.Paste");
        fields.Add(new("Input.Paste", new string('x', CentcomTracker.Web.Domain.Extraction.ReleaseExtractor.MaxLength + 1)));

        var refused = await (await editor.PostAsync("/figures/release?handler=Paste", new FormUrlEncodedContent(fields))).ReadDocumentAsync();

        // 65,536 ends in 36: the many form (حرفًا), not the one for hundreds (حرف).
        Assert.Contains("(65536 حرفًا على الأكثر)", refused.ErrorFor("Input.Paste"));
    }

    // One problem a row (the value).
    private static byte[] BadFile(int rows) =>
        Csv([Header, .. Enumerable.Range(0, rows).Select(i => Row(value: "many", period: $"2024-{i % 12 + 1:00}", title: $"Bad {i}", quote: "q", date: "2025-01-05"))]);

    [Fact]
    public async Task An_import_with_one_problem_row_past_those_shown_counts_it_in_the_singular()
    {
        using var editor = await EditorClient.CreateAsync(factory, Browser.NewEditorEmail());
        var preview = await UploadAsync(editor, BadFile(101));
        var hidden = preview.QuerySelector("#hidden-rows")!;
        Assert.Equal("1", hidden.GetAttribute("data-hidden-rows"));
        Assert.Equal("The first 100 rows with a problem are shown. 1 more row has a problem.", hidden.Text());

        await InArabicAsync(editor);
        var arabic = (await UploadAsync(editor, BadFile(102))).QuerySelector("#hidden-rows")!;
        Assert.Equal("يُعرض أول 100 صف فيها مشكلة. وفي صفّين آخرين مشكلات.", arabic.Text());
    }

    [Fact]
    public async Task A_CSV_row_of_a_single_field_says_field()
    {
        using var editor = await EditorClient.CreateAsync(factory, Browser.NewEditorEmail());
        var preview = await UploadAsync(editor, Csv(Header, "operations"));
        Assert.Contains(preview.PreviewRow(2).Problems(""), m => m.Contains("This row has 1 field; the header has 13.", StringComparison.Ordinal));

        await InArabicAsync(editor);
        var arabic = await UploadAsync(editor, Csv(Header, "operations", "operations,IQ"));
        Assert.Contains(arabic.PreviewRow(2).Problems(""), m => m.Contains("في هذا الصف حقل واحد، وعدد حقول صف العناوين 13.", StringComparison.Ordinal));
        Assert.Contains(arabic.PreviewRow(3).Problems(""), m => m.Contains("في هذا الصف حقلان،", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_review_batch_with_one_change_past_those_listed_says_one_more_change()
    {
        using var host = TrackerFactory.Reviewed();
        using var alice = await host.SignInAsync("alice@example.org");
        using var bob = await host.SignInAsync("bob@example.org");
        // A new source and 100 figures of it: 101 proposed changes, one more than the page lists.
        string[] metrics = ["operations", "killed", "detained", "attacks-claimed", "leaders-killed", "leaders-captured"];
        var rows = metrics.SelectMany(m => new[] { "IQ", "SY" }.SelectMany(t => Enumerable.Range(1, 12).Select(month =>
            Row(metric: m, theatre: t, period: $"2024-{month:00}", value: "12", title: "Test release for 2024", date: "2025-01-05"))))
            .Take(100);
        var preview = await UploadAsync(alice, Csv([Header, .. rows]), "2024.csv");
        (await CommitAsync(alice, preview)).AssertRedirect();

        var more = (await bob.GetDocumentAsync("/review")).QuerySelector(MoreChanges)!;
        Assert.Equal("And 1 more change.", more.Text());
        Assert.Equal("1", more.GetAttribute("data-more"));

        await InArabicAsync(bob);
        Assert.Equal("وتعديل آخر.", (await bob.GetDocumentAsync("/review")).QuerySelector(MoreChanges)!.Text());
    }
}
