using System.Globalization;
using System.Text.Json;
using CentcomTracker.Web.Domain;
using CentcomTracker.Web.Localization;
using Microsoft.EntityFrameworkCore;
using static CentcomTracker.Tests.Web.Editors.ReleaseTests;

namespace CentcomTracker.Tests.Web;

/// <summary>The Arabic interface through HTTP: direction, names, digits, quotes as written, messages and the switches.</summary>
public sealed class ArabicInterfaceTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    // The sentence of the Arabic seed article (shared/seed/000_aeb5b31776ceadfb.txt, source S1) that reports 153 attacks,
    // copied character for character: curly quotes, diacritics and Latin digits as the article has them.
    private const string S1Attacks = "وقالت “سنتكوم” في تغريدةٍ على منصّة “إكس”، إنَّ داعشَ نفّذ منذ بداية 2024 وحتى حزيران، 153 هجوماً في العراق وسوريا، لافتةً إلى أنَّه في طريقه للوصول إلى ضعفِ عددِ الهجمات التي تبنّى مسؤوليتَه عنها في 2023.";

    [Fact]
    public async Task The_Arabic_dashboard_runs_right_to_left_with_the_Arabic_names_of_metrics_and_theatres()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?culture=ar");

        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        var metrics = await factory.QueryAsync(db => db.Metrics.Select(m => new { m.Code, m.NameAr, m.NameEn }).ToListAsync());
        Assert.NotEmpty(metrics);
        foreach (var metric in metrics)
        {
            Assert.NotEqual(metric.NameEn, metric.NameAr);
            Assert.Equal(metric.NameAr, page.QuerySelector($"#card-title-{metric.Code}")!.Text());
        }

        Assert.Equal("هجمات تبنّاها داعش", page.QuerySelector("#card-title-attacks-claimed")!.Text());
        var theatres = await factory.QueryAsync(db => db.Theatres.Where(t => t.ParentCode == null).Select(t => t.NameAr).ToListAsync());
        Assert.Equal(theatres.Order(), page.QuerySelectorAll("#theatre option").Select(o => o.Text()).Order());
    }

    [Theory]
    [InlineData("/?culture=en")]
    [InlineData("/?culture=ar")]
    [InlineData("/?culture=ar&digits=arab")]
    public async Task The_Arabic_quote_of_S1_is_shown_as_written_in_its_own_language_and_direction(string url)
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync(url);

        var footnote = Assert.Single(page.QuerySelectorAll(".footnotes ol blockquote"), q => q.TextContent == S1Attacks);
        Assert.Equal("ar", footnote.GetAttribute("lang"));
        Assert.Equal("rtl", footnote.GetAttribute("dir"));
        var beside = Assert.Single(page.QuerySelectorAll("#panel-attacks .chart-source-list q"), q => q.TextContent == S1Attacks);
        Assert.Equal("ar", beside.GetAttribute("lang"));
        Assert.Equal("rtl", beside.GetAttribute("dir"));
        // Whatever digits the page uses, a quote keeps the article's own.
        Assert.Contains("153", footnote.TextContent);
    }

    [Fact]
    public async Task The_figures_list_names_publishers_as_the_rest_of_the_Arabic_interface_does()
    {
        using var client = factory.CreateClient();
        var source = await factory.QueryAsync(db => db.Sources.AsNoTracking().FirstAsync(s => s.Publisher == "Task & Purpose"));
        var page = await client.GetDocumentAsync($"/figures?culture=ar&source={source.Id}");

        Assert.Contains(source.PublisherAr!, page.QuerySelector("#source-heading")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("#figures tbody td a bdi, table tbody td a bdi"), b => b.TextContent == source.PublisherAr);
        Assert.DoesNotContain(page.QuerySelectorAll("table tbody td a bdi"), b => b.TextContent == "Task & Purpose");
    }

    [Fact]
    public async Task Arabic_Indic_digits_are_an_option_of_Arabic_pages_kept_in_a_cookie_and_given_to_the_charts()
    {
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/?culture=ar&digits=arab");
        Assert.Equal("١٥٣", AttacksInB(page));
        Assert.Equal("arab", page.DocumentElement.GetAttribute("data-digits"));
        Assert.Equal("ar-u-nu-arab", Island(page, "attacks").GetProperty("locale").GetString());
        Assert.Contains("٢٠٢٤", page.QuerySelector("#view-description")!.Text());
        var chosen = Assert.Single(page.QuerySelectorAll("#digits-switch a[aria-current=true]"));
        Assert.Contains("١٢٣", chosen.Text());

        // The cookie keeps the choice for the next page.
        page = await client.GetDocumentAsync("/?culture=ar");
        Assert.Equal("١٥٣", AttacksInB(page));

        // English pages always write 0–9, and have no digits control.
        page = await client.GetDocumentAsync("/?culture=en");
        Assert.Equal("153", AttacksInB(page));
        Assert.Equal("en", Island(page, "attacks").GetProperty("locale").GetString());
        Assert.Null(page.QuerySelector("#digits-switch"));

        page = await client.GetDocumentAsync("/?culture=ar&digits=latn");
        Assert.Equal("153", AttacksInB(page));
        Assert.Equal("ar-u-nu-latn", Island(page, "attacks").GetProperty("locale").GetString());
        Assert.Equal("latn", page.DocumentElement.GetAttribute("data-digits"));
    }

    [Theory]
    [InlineData("/compare/2023/2024-H1?theatre=SY", "/compare/2023/2024-H1?theatre=SY&culture=ar")]
    [InlineData("/?a=2023-H1&b=2024-H1&culture=en", "/?a=2023-H1&b=2024-H1&culture=ar")]
    [InlineData("/metrics/operations", "/metrics/operations?culture=ar")]
    public async Task The_language_switch_keeps_the_page_and_its_query(string url, string switched)
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync(url);
        Assert.Equal(switched, page.QuerySelector("#language-switch")!.GetAttribute("href"));
        Assert.Equal("العربية", page.QuerySelector("#language-switch")!.Text());
    }

    [Fact]
    public async Task An_error_page_speaks_Arabic_and_its_switches_keep_the_address_that_failed()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/no-such-page?x=1&culture=ar", 404);

        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("الصفحة غير موجودة", page.QuerySelector("h1")!.Text());
        Assert.Equal("/no-such-page?x=1&culture=en", page.QuerySelector("#language-switch")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("#digits-switch a"), a => a.GetAttribute("href") == "/no-such-page?x=1&culture=ar&digits=arab");
    }

    [Fact]
    public async Task Validation_messages_on_an_Arabic_form_are_Arabic_and_values_in_either_digits_are_accepted()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var before = await factory.CountsAsync();
        var form = await client.GetDocumentAsync("/figures/release?culture=ar");

        var values = NewSource();
        values["Input.Period"] = "2024-13";
        values[Cell(form, "operations", "IQ", "Value")] = "٧٠";
        values[Cell(form, "operations", "IQ", "Quote")] = "";
        values[Cell(form, "operations", "SY", "Value")] = "-5";
        values[Cell(form, "operations", "SY", "Quote")] = "في سوريا، 5 عمليات (قيمة اختبار).";
        var page = await (await client.SubmitAsync(form.MainForm(), values)).ReadDocumentAsync(200);

        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("الصق الجملة الحرفية التي أوردت هذا الرقم.", page.ErrorFor(Cell(page, "operations", "IQ", "Quote")));
        Assert.Equal("لا يمكن أن يكون الرقم سالباً.", page.ErrorFor(Cell(page, "operations", "SY", "Value")));
        Assert.Equal("«\u20682024-13\u2069» ليست فترة صالحة: لا يوجد شهر رقمه \u206813\u2069؛ فالأشهر من 01 إلى 12.", page.ErrorFor("Input.Period"));
        // ٧٠ is 70: no message about the value typed in Arabic-Indic digits.
        Assert.Equal("", page.ErrorFor(Cell(page, "operations", "IQ", "Value")));
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task The_import_preview_on_an_Arabic_page_explains_each_bad_row_in_Arabic()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        await client.GetAsync("/?culture=ar");
        var file = ImportPage.Csv(ImportPage.Header, ImportPage.Row(period: "2024-13", value: "-5", quote: ""));

        var preview = await ImportPage.UploadAsync(client, file);

        Assert.Equal("rtl", preview.DocumentElement.GetAttribute("dir"));
        var row = preview.PreviewRow(2);
        Assert.Equal(["period: «\u20682024-13\u2069» ليست فترة صالحة: لا يوجد شهر رقمه \u206813\u2069؛ فالأشهر من 01 إلى 12."], row.Problems("period"));
        Assert.Equal(["value: لا يمكن أن يكون الرقم سالباً."], row.Problems("value"));
        Assert.Equal(["quote: الصق الجملة الحرفية التي أوردت هذا الرقم."], row.Problems("quote"));
    }

    [Theory]
    [InlineData(1, "شهر واحد")]
    [InlineData(2, "شهرين")]
    [InlineData(3, "3 أشهر")]
    [InlineData(10, "10 أشهر")]
    [InlineData(11, "11 شهرًا")]
    [InlineData(12, "12 شهرًا")]
    [InlineData(99, "99 شهرًا")]
    [InlineData(100, "100 شهر")]
    [InlineData(102, "102 شهر")]
    [InlineData(103, "103 أشهر")]
    [InlineData(111, "111 شهرًا")]
    public void Arabic_counts_of_months_take_the_noun_form_their_number_asks_for(int months, string expected) =>
        InArabic(() => Assert.Equal(expected, Display.Months(months)));

    [Fact]
    public void Coverage_reads_grammatically_in_both_languages()
    {
        var elevenOfTwelve = new Coverage(CoveredMonths: 11, TotalMonths: 12, CoveredDays: 334, TotalDays: 365);
        var daysOnly = new Coverage(CoveredMonths: null, TotalMonths: null, CoveredDays: 5, TotalDays: 8);
        InArabic(() =>
        {
            Assert.Equal("11 من أصل 12 شهرًا", Display.Coverage(elevenOfTwelve));
            Assert.Equal("5 من أصل 8 أيام", Display.Coverage(daysOnly));
            Assert.Equal("68 يومًا", Display.Days(68));
            Assert.Equal("يومين", Display.Days(2));
        });
        InCulture(Culture.English, () =>
        {
            Assert.Equal("11 of 12 months", Display.Coverage(elevenOfTwelve));
            Assert.Equal("1 month", Display.Months(1));
            Assert.Equal("5 of 8 days", Display.Coverage(daysOnly));
        });
    }

    [Fact]
    public void Qualifiers_periods_and_derivations_read_in_Arabic_from_the_resource_file()
    {
        InArabic(() =>
        {
            Assert.Equal(["نحو 5", "أكثر من 5", "5 على الأقل", "أقل من 5", "5"],
                new[] { Qualifier.About, Qualifier.MoreThan, Qualifier.AtLeast, Qualifier.LessThan, Qualifier.Exact }.Select(q => Display.Value(new QualifiedValue(5, q))));
            Assert.Equal(["نحو", "دقيق"], new[] { Qualifier.About, Qualifier.Exact }.Select(Display.QualifierName));
            Assert.Equal(["النصف الثاني من 2024", "الربع الثالث من 2024"], new[] { "2024-H2", "2024-Q3" }.Select(p => Display.Period(Period.Parse(p))));
            Assert.Equal("غير مُبلَّغ عنه", Display.Value((QualifiedValue?)null));
        });
        InCulture(Culture.English, () =>
            Assert.Equal(["≈ 5", "H2 2024", "not reported"], [Display.Value(new QualifiedValue(5, Qualifier.About)), Display.Period(Period.Parse("2024-H2")), Display.NotReported]));
    }

    private static string AttacksInB(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("#card-attacks-claimed .card-line[data-theatre='IQ+SY'] .period-value[data-period=b] .value")!.Text();

    private static JsonElement Island(AngleSharp.Html.Dom.IHtmlDocument page, string chart) =>
        JsonDocument.Parse(page.QuerySelector($"#chart-{chart}")!.TextContent).RootElement;

    private static void InArabic(Action assert) => InCulture(Culture.Arabic, assert);

    private static void InCulture(CultureInfo culture, Action assert)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            assert();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
