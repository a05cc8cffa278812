using AngleSharp.Dom;
using System.Net;
using System.Text;
using CentcomTracker.Web.Csv;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using CentcomTracker.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CentcomTracker.Tests.Web.ImportPage;

namespace CentcomTracker.Tests.Web;

/// <summary>Imports that write: each test has its own database.</summary>
public sealed class CsvImportTests
{
    [Fact]
    public async Task Export_then_import_into_an_empty_database_then_export_again_gives_identical_bytes()
    {
        using var seeded = new TrackerFactory();
        using var reader = seeded.CreateClient();
        var original = await ExportAsync(reader);
        var text = Encoding.UTF8.GetString(original);
        Assert.StartsWith("\uFEFF" + Header + ",source_tier,source_note,peak,value_confirmed\r\n", text);
        Assert.Contains("153 هجوماً", text);
        // The 2019 camp peak travels as a peak, so a restored backup never carries it forward.
        Assert.Contains(text.Split("\r\n"), line => line.StartsWith("camp-population,SY,2019,70000,", StringComparison.Ordinal) && line.EndsWith(",true,", StringComparison.Ordinal));

        using var empty = TrackerFactory.With(("Database:Seed", "false"));
        using var editor = await EditorClient.CreateAsync(empty);
        var preview = await UploadAsync(editor, original, "backup.csv");
        Assert.Empty(preview.QuerySelectorAll("#import-rows tr[data-outcome]:not([data-outcome=create])"));
        var committed = await CommitAsync(editor, preview);
        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);

        var again = await ExportAsync(editor);
        Assert.True(original.SequenceEqual(again), "The second export differs from the first.");
        Assert.True(await empty.QueryAsync(db => db.Figures.AnyAsync(f => f.IsPeak && f.Value == 70000)));

        // Every figure is there with its source; every created row has its audit entry.
        await using var scope = empty.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var (figures, sources) = (await db.Figures.CountAsync(), await db.Sources.CountAsync());
        Assert.Equal(SeedData.LoadEmbedded().Figures.Count, figures);
        var audit = await db.AuditEntries.ToListAsync();
        Assert.Equal(figures + sources, audit.Count);
        Assert.All(audit, a => Assert.Equal(("editor@example.org", "CSV import: backup.csv", AuditAction.Create), (a.UserName, a.Reason, a.Action)));
        Assert.All(audit, a => Assert.NotNull(a.UserId));
    }

    [Fact]
    public async Task A_file_with_one_bad_row_shows_the_row_error_in_the_preview_and_commits_nothing()
    {
        using var factory = new TrackerFactory();
        using var editor = await EditorClient.CreateAsync(factory);
        var before = await CountsAsync(factory);
        var file = Csv(Header, Row(), Row(theatre: "SY", value: "-3"), Row(theatre: "IQ+SY"));

        var preview = await UploadAsync(editor, file, "june.csv");

        Assert.Equal(["create", "error", "create"], preview.QuerySelectorAll("#import-rows tr[data-row]").Select(r => r.GetAttribute("data-outcome")));
        var bad = preview.PreviewRow(3);
        Assert.Equal("3", bad.QuerySelector("th")!.Text());
        Assert.Equal(["value: A figure cannot be negative."], bad.Problems("value"));
        Assert.Contains("Rows: 3. New: 2; unchanged: 0; conflicts: 0; with errors: 1. New sources: 1.", preview.QuerySelector("#preview-summary")!.Text());
        Assert.Null(preview.QuerySelector("#commit-form"));

        // Even a commit posted by hand (with a valid antiforgery token) is checked again and refused.
        var form = preview.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("#upload-form")!;
        var token = form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var response = await editor.PostAsync("/figures/import?handler=Commit", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(Convert.ToBase64String(file)), "Input.Content" },
            { new StringContent("june.csv"), "Input.FileName" },
        });
        var refused = await response.ReadDocumentAsync();
        Assert.NotNull(refused.QuerySelector("#commit-refused"));
        Assert.Equal("error", refused.PreviewRow(3).GetAttribute("data-outcome"));

        Assert.Equal(before, await CountsAsync(factory));
    }

    [Fact]
    public async Task A_file_with_a_byte_order_mark_and_Arabic_quotes_is_imported_with_its_audit_trail()
    {
        using var factory = new TrackerFactory();
        using var editor = await EditorClient.CreateAsync(factory);
        var before = await CountsAsync(factory);
        const string quote = "نفّذت القوات الأميركية 12 عملية، \"مشتركة\" في العراق\nخلال حزيران.";
        byte[] file = [0xEF, 0xBB, 0xBF, .. Csv(Header,
            Row(title: "تقرير حزيران", publisher: "صحيفة", date: "2024-07", language: "ar", quote: quote, translation: "US forces carried out 12 operations in Iraq in June."),
            Row(metric: "killed", value: "٣", title: "تقرير حزيران", publisher: "صحيفة", date: "2024-07", language: "ar", quote: "قُتل 3 عناصر.", translation: ""))];

        var preview = await UploadAsync(editor, file, "حزيران.csv");

        Assert.Empty(preview.FileErrors());
        Assert.Equal(["create", "create"], preview.QuerySelectorAll("#import-rows tr[data-row]").Select(r => r.GetAttribute("data-outcome")));
        var shown = preview.PreviewRow(2).QuerySelector("q")!;
        Assert.Equal(("ar", "rtl"), (shown.GetAttribute("lang"), shown.GetAttribute("dir")));
        Assert.Equal(quote, shown.TextContent);
        Assert.Contains("تقرير حزيران", preview.QuerySelector("#new-sources")!.Text());

        var committed = await CommitAsync(editor, preview);
        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
        var page = await editor.GetDocumentAsync(committed.Headers.Location!.OriginalString);
        Assert.Contains("Imported حزيران.csv. Figures created: 2; sources created: 1; rows unchanged: 0.", page.QuerySelector("#import-status")!.Text());

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var source = await db.Sources.Include(s => s.Figures).SingleAsync(s => s.Title == "تقرير حزيران");
        Assert.Equal((SourceTier.Secondary, "ar", "2024-07"), (source.Tier, source.Language, source.Published.Label));
        var operations = source.Figures.Single(f => f.MetricCode == "operations");
        Assert.Equal((12L, quote, "2024-06"), (operations.Value, operations.Quote, operations.Period.Label));
        Assert.Equal(3L, source.Figures.Single(f => f.MetricCode == "killed").Value);
        Assert.Equal((before.Figures + 2, before.Sources + 1, before.Audit + 3), await CountsAsync(factory));
        var audit = await db.AuditEntries.Where(a => a.Reason == "CSV import: حزيران.csv").ToListAsync();
        Assert.Equal(3, audit.Count);
        Assert.Contains(audit, a => a.EntityType == AuditEntity.Source && a.EntityId == source.Id && a.After!.Contains("\"tier\":\"secondary\""));
        Assert.Contains(audit, a => a.EntityType == AuditEntity.Figure && a.EntityId == operations.Id && a.Before == null);

        // The same file again changes nothing: every row is unchanged.
        var again = await UploadAsync(editor, file, "حزيران.csv");
        Assert.Equal(["unchanged", "unchanged"], again.QuerySelectorAll("#import-rows tr[data-row]").Select(r => r.GetAttribute("data-outcome")));
        Assert.NotNull(again.QuerySelector("#nothing-to-import"));
    }

    [Fact]
    public async Task The_commit_checks_the_file_again_against_the_database_as_it_is_then()
    {
        using var factory = new TrackerFactory();
        using var editor = await EditorClient.CreateAsync(factory);
        var preview = await UploadAsync(editor, Csv(Header, Row(), Row(theatre: "SY", value: "5")), "june.csv");
        Assert.NotNull(preview.QuerySelector("#commit-form"));

        // Meanwhile another editor enters one of the file's figures with another value.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var source = new Source { Publisher = "Test publisher", Title = "Test release for June 2024", Url = "https://example.org/june-2024", Published = Period.Parse("2024-07-05"), Language = "en" };
            db.Sources.Add(source);
            await db.SaveChangesAsync();
            db.Figures.Add(new Figure { MetricCode = "operations", TheatreCode = "SY", Period = Period.Parse("2024-06"), Value = 6, SourceId = source.Id, Quote = "Six operations in Syria." });
            await db.SaveChangesAsync();
        }

        var before = await CountsAsync(factory);
        var response = await CommitAsync(editor, preview);

        var refused = await response.ReadDocumentAsync();
        Assert.NotNull(refused.QuerySelector("#commit-refused"));
        Assert.Equal("conflict", refused.PreviewRow(3).GetAttribute("data-outcome"));
        Assert.Contains(refused.PreviewRow(3).Problems("value"), m => m.Contains("as 6 (exact); this row says 5 (exact)"));
        Assert.Equal(before, await CountsAsync(factory));
    }

    [Fact]
    public async Task The_import_page_speaks_Arabic()
    {
        using var factory = new TrackerFactory();
        using var editor = await EditorClient.CreateAsync(factory);

        var page = await editor.GetDocumentAsync("/figures/import?culture=ar");
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("استيراد الأرقام من ملف CSV", page.QuerySelector("h1")!.Text());
        Assert.Contains("عمليات هزيمة داعش", page.QuerySelector("#csv-format")!.Text());

        var preview = await UploadAsync(editor, Csv(Header, Row(value: "-1")), "x.csv");
        Assert.Contains("خطأ", preview.PreviewRow(2).Text());
        var empty = await UploadAsync(editor, [], "x.csv");
        Assert.Contains("الملف فارغ", empty.FileErrors().Single());
    }

    [Fact]
    public void Every_CSV_message_has_an_Arabic_translation_with_the_same_placeholders()
    {
        var resources = new System.Resources.ResourceManager("CentcomTracker.Web.Resources.Pages.Figures.Import", typeof(CsvText).Assembly);
        var arabic = System.Globalization.CultureInfo.GetCultureInfo("ar");
        static string[] Placeholders(string text) => [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order()];

        foreach (var field in typeof(CsvText).GetFields().Where(f => f.IsLiteral && !f.Name.EndsWith("One", StringComparison.Ordinal)))
        {
            var english = (string)field.GetRawConstantValue()!;
            // A count message (FieldCount, with FieldCountOne for one) has a form for each Arabic plural category,
            // and the forms that say the number in words (صف واحد, صفّان) may leave out its placeholder.
            if (typeof(CsvText).GetField(field.Name + "One") is not null)
            {
                foreach (var category in PluralRules.Categories("ar"))
                {
                    var form = resources.GetString(Plurals.Key(english, category), arabic);
                    Assert.False(string.IsNullOrWhiteSpace(form), $"CsvText.{field.Name} has no Arabic form for {category.Keyword()}.");
                    Assert.Subset(Placeholders(english).ToHashSet(), Placeholders(form!).ToHashSet());
                }

                continue;
            }

            var translation = resources.GetString(english, arabic);
            Assert.False(string.IsNullOrWhiteSpace(translation), $"CsvText.{field.Name} has no Arabic translation.");
            Assert.Equal(Placeholders(english), Placeholders(translation!));
        }
    }
}
