using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CentcomTracker.Tests.Web;

public sealed class ComparePageTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private const string SyriaH1Quote =
        "In Syria, 59 operations conducted alongside the SDF and other partners resulted in 14 ISIS operatives killed and 92 ISIS operatives detained.";

    [Fact]
    public async Task Syria_shows_59_operations_14_killed_and_92_detained_with_the_CENTCOM_quote()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/compare/2023/2024-H1?theatre=SY");

        var sections = page.QuerySelectorAll("section[data-theatre]").ToList();
        var syria = Assert.Single(sections);
        Assert.Equal("SY", syria.GetAttribute("data-theatre"));
        Assert.Equal("Syria", syria.QuerySelector("h2")!.TextContent);

        foreach (var (metric, value) in new[] { ("operations", "59"), ("killed", "14"), ("detained", "92") })
        {
            var cell = syria.QuerySelector($"tr[data-metric={metric}] td[data-period=b]")!;
            Assert.Equal(value, cell.QuerySelector(".value")!.TextContent);
            Assert.Contains("reported", cell.Text());

            // The first footnote is the preferred source, CENTCOM's own statement, with the exact sentence.
            var note = Footnote(page, cell.QuerySelector("a.footnote-ref")!);
            Assert.Contains("US Central Command, statement reproduced verbatim by Little Apple Post", note.Text());
            Assert.Equal(SyriaH1Quote, note.QuerySelector("blockquote[lang=en]")!.TextContent.Trim());
        }

        // The Arabic seed article says the same: listed as another source, its quote right to left.
        var alsoReported = syria.QuerySelector("tr[data-metric=operations] .notes .alternative")!;
        Assert.Contains("59", alsoReported.Text());
        var arabic = Footnote(page, alsoReported.QuerySelector("a.footnote-ref")!);
        Assert.NotNull(arabic.QuerySelector("blockquote[lang=ar][dir=rtl]"));
    }

    [Fact]
    public async Task Iraq_and_Syria_show_how_each_number_was_obtained_with_reconciliations_and_the_pace()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/compare/2023/2024-H1?theatre=IQ%2BSY");
        var section = page.QuerySelector("section[data-theatre='IQ+SY']")!;

        var operations = section.QuerySelector("tr[data-metric=operations]")!;
        Assert.Contains("summed over time, partial: 7 of 12 months", operations.QuerySelector("td[data-period=a]")!.Text());
        var notes = operations.QuerySelectorAll(".reconciliation").Select(WithoutFootnoteMarks).ToList();
        Assert.Contains(notes, n => n.StartsWith("H1 2024: reported 196 = Iraq 137", StringComparison.Ordinal) && n.Contains("+ Syria 59") && n.EndsWith("✓ matches", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("February 2023: reported 48", StringComparison.Ordinal) && n.Contains("= 50:") && n.EndsWith("differs by 2", StringComparison.Ordinal));
        Assert.Contains("partial", operations.QuerySelector(".derived")!.GetAttribute("data-reasons")!.Split(' '));
        Assert.Null(operations.QuerySelector(".derived .change"));

        // The monthly sum uses CENTCOM's 37 for June; the 44 another source gave is shown, not hidden.
        var june = Assert.Single(operations.QuerySelectorAll(".alternative"), li => li.TextContent.Trim().StartsWith("June 2023:", StringComparison.Ordinal));
        Assert.Equal("conflicts", june.GetAttribute("data-relation"));
        Assert.Contains("Task & Purpose gives 44", WithoutFootnoteMarks(june));

        var attacks = section.QuerySelector("tr[data-metric=attacks-claimed]")!;
        // The same derived values as the dashboard's card: pace 306, 2.5 × AP's 121, and BBC Monitoring's 253 annualised first (≈ 1.1 ×).
        var derived = attacks.QuerySelector(".derived")!;
        Assert.Equal("306", derived.QuerySelector(".pace")!.GetAttribute("data-pace"));
        Assert.Equal(2.5289m, decimal.Parse(derived.QuerySelector(".pace-ratio:not(.alternative)")!.GetAttribute("data-ratio")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1.1m, Math.Round(decimal.Parse(derived.QuerySelector(".pace-ratio.alternative")!.GetAttribute("data-ratio")!, System.Globalization.CultureInfo.InvariantCulture), 1));
        var bbc = Assert.Single(attacks.QuerySelectorAll(".alternative"), li => li.TextContent.Trim().StartsWith("2023:", StringComparison.Ordinal));
        Assert.Equal("conflicts", bbc.GetAttribute("data-relation"));
        Assert.Equal("true", bbc.GetAttribute("data-computed"));
        Assert.Contains("141 + 112 = at least 253 (11 of 12 months)", WithoutFootnoteMarks(bbc));

        // Every footnote mark on the page leads to a source entry with its quote.
        var refs = page.QuerySelectorAll("a.footnote-ref").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.NotEmpty(refs);
        Assert.All(refs, href => Assert.NotNull(page.QuerySelector(href!)?.QuerySelector("blockquote")));
    }

    [Fact]
    public async Task The_tally_of_the_first_seven_months_of_2023_is_reconciled_with_the_monthly_releases()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/compare/2023-01-01..2023-07-31/2024-H1?theatre=IQ%2BSY");
        var operations = page.QuerySelector("section[data-theatre='IQ+SY'] tr[data-metric=operations]")!;

        Assert.Equal("279", operations.QuerySelector("td[data-period=a] .value")!.TextContent);
        var tally = operations.QuerySelectorAll(".reconciliation").Select(WithoutFootnoteMarks).Single(n => n.Contains("reported 279"));
        Assert.Equal("1 Jan 2023 – 31 Jul 2023: reported 279; January 2023 43 + February 2023 48 + March 2023 37 + April 2023 35 + " +
            "May 2023 38 + June 2023 37 + July 2023 31 = 269: differs by 10", tally);
    }

    [Fact]
    public async Task A_2023_sum_of_the_monthly_releases_is_shown_with_the_tally_reported_for_January_to_July()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/compare/2023/2024-H1?theatre=IQ%2BSY");
        var operations = page.QuerySelector("section[data-theatre='IQ+SY'] tr[data-metric=operations]")!;

        Assert.Equal("at least 269", operations.QuerySelector("td[data-period=a] .value")!.TextContent);
        var tally = Assert.Single(operations.QuerySelectorAll(".reconciliation[data-period='2023-01-01..2023-07-31']"));
        Assert.Equal("differs", tally.GetAttribute("data-agreement"));
        Assert.Equal("1 Jan 2023 – 31 Jul 2023: reported 279; January 2023 43 + February 2023 48 + March 2023 37 + April 2023 35 + " +
            "May 2023 38 + June 2023 37 + July 2023 31 = 269: differs by 10", WithoutFootnoteMarks(tally));

        // Killed's tally is one of 2023's parts as well as checked on the sum: listed once.
        var killed = page.QuerySelector("section[data-theatre='IQ+SY'] tr[data-metric=killed]")!;
        Assert.Single(killed.QuerySelectorAll(".reconciliation[data-period='2023-01-01..2023-07-31']"));
    }

    [Fact]
    public async Task The_form_and_other_spellings_of_the_same_periods_lead_to_the_canonical_address()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetDocumentAsync("/compare/2023/2024-H1");
        var form = (IHtmlFormElement)page.QuerySelector("form[action='/compare']")!;
        Assert.Equal("get", form.Method);
        ((IHtmlInputElement)form.Elements["a"]!).Value = "2024-q1";
        ((IHtmlInputElement)form.Elements["b"]!).Value = "2024-04-01..2024-06-30";
        ((IHtmlSelectElement)form.Elements["theatre"]!).Value = "IQ+SY";

        var submitted = await client.GetAsync(form.GetSubmission()!.Target);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal("/compare/2024-Q1/2024-Q2?theatre=IQ%2BSY", submitted.Headers.Location!.OriginalString);

        var canonical = await client.GetDocumentAsync(submitted.Headers.Location.OriginalString);
        Assert.Equal("Compare Q1 2024 with Q2 2024", canonical.QuerySelector("h1")!.TextContent);
        Assert.Equal("IQ+SY", ((IHtmlSelectElement)canonical.QuerySelector("#compare-theatre")!).Value);

        var bare = await client.GetAsync("/compare");
        Assert.Equal("/compare/2023/2024-H1", bare.Headers.Location!.OriginalString);

        var allTheatres = await client.GetAsync("/compare?a=2023&b=2024-H1&theatre=");
        Assert.Equal("/compare/2023/2024-H1", allTheatres.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/compare/2023/2024-H7", "b", "a year has two halves, H1 and H2; there is no H7")]
    [InlineData("/compare/last-year/2024-H1", "a", "\"last-year\" is not a period")]
    [InlineData("/compare/2023", "b", "A period is required")]
    public async Task A_bad_period_explains_the_label_format_next_to_the_field_to_fix(string url, string field, string message)
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync(url, 400);

        var input = page.QuerySelector($"#compare-{field}")!;
        Assert.Contains("is-invalid", input.ClassList);
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains(message, page.QuerySelector($"#{field}-error")!.TextContent);
        Assert.Contains("2024-H1", page.QuerySelector("#period-help")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("section[data-theatre]"));
    }

    [Fact]
    public async Task An_unknown_theatre_is_explained_next_to_the_theatre_field()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/compare/2023/2024-H1?theatre=Mars", 400);
        Assert.Equal("\"Mars\" is not a theatre: use IQ+SY, IQ, SY, SY-HOL.", page.QuerySelector("#theatre-error")!.TextContent);

        var arabic = await client.GetDocumentAsync("/compare/2023/2024-H1?theatre=Mars&culture=ar", 400);
        // What was typed is isolated (U+2068 … U+2069), so it keeps its own direction inside the Arabic sentence.
        Assert.Equal("«\u2068Mars\u2069» ليس رمز ساحة: استخدم أحد الرموز \u2068IQ+SY, IQ, SY, SY-HOL\u2069.", arabic.QuerySelector("#theatre-error")!.TextContent);
    }

    [Fact]
    public async Task In_Arabic_the_page_reads_right_to_left_and_quotes_keep_their_own_direction()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/compare/2023/2024-H1?theatre=SY&culture=ar");
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("مقارنة 2023 مع النصف الأول من 2024", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("سوريا", page.QuerySelector("section[data-theatre=SY] h2")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".footnotes blockquote[lang=en][dir=ltr]"), q => q.TextContent.Trim() == SyriaH1Quote);
    }

    /// <summary>The text a reader sees, without the [n] footnote marks.</summary>
    private static string WithoutFootnoteMarks(IElement element) =>
        Regex.Replace(Regex.Replace(element.TextContent, @"\[\d+\]", ""), @"\s+", " ").Trim();

    private static IElement Footnote(IDocument page, IElement reference) => page.QuerySelector(reference.GetAttribute("href")!)!;
}

public sealed class ConflictingPartTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task The_June_figure_of_another_source_is_shown_under_the_tallys_reconciliation()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/compare/2023-01-01..2023-07-31/2024-H1?theatre=IQ%2BSY");
        var row = page.QuerySelectorAll("tr").First(tr => tr.Text().Contains("279"));
        Assert.Contains("44", row.Text());
        Assert.Contains("Task & Purpose", row.Text());

        using var api = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/resolve?metric=operations&theatre=IQ%2BSY&period=2023-01-01..2023-07-31"));
        var june = api.RootElement.GetProperty("reconciliations")[0].GetProperty("parts").EnumerateArray()
            .Single(p => p.GetProperty("period").GetString() == "2023-06");
        Assert.Equal(37, june.GetProperty("value").GetInt32());
        var rival = Assert.Single(june.GetProperty("alternatives").EnumerateArray());
        Assert.Equal(44, rival.GetProperty("value").GetInt32());
        Assert.Contains("Task & Purpose", rival.GetProperty("figures")[0].GetProperty("source").GetProperty("publisher").GetString());
    }
}
