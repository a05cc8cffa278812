using System.Text;
using Microsoft.Playwright;
using CentcomTracker.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace CentcomTracker.Tests.Browser;

/// <summary>An editor uploads a CSV file with one bad row: the preview says where and why, and nothing is saved.</summary>
public sealed class JourneysImportTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_CSV_import_with_one_bad_row_shows_the_row_error_in_the_preview_and_commits_nothing()
    {
        await using var context = await app.NewContextAsync();
        var (page, problems) = await app.SignInAsync(context, "importer@example.org");
        var before = await app.Factory.CountsAsync();

        // Row 2 is good; row 3 (the header is row 1) has a value that is not a number.
        var csv = Encoding.UTF8.GetBytes(string.Join("\r\n",
            ImportPage.Header,
            ImportPage.Row(period: "2024-06", value: "12"),
            ImportPage.Row(period: "2024-07", value: "twelve", quote: "In July, twelve partnered operations were conducted in Iraq."),
            ImportPage.Row(theatre: "SY", period: "2024-06", value: "5", quote: "In June, 5 partnered operations were conducted in Syria.")) + "\r\n");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Import" }).ClickAsync();
        await page.WaitForURLAsync("**/figures/import");
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "june-july.csv", MimeType = "text/csv", Buffer = csv });
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await page.WaitForURLAsync("**/figures/import?handler=Preview");

        var preview = page.Locator("#preview");
        await Expect(preview.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Preview of june-july.csv");
        await Expect(page.Locator("#preview-summary")).ToContainTextAsync("Rows: 3. New: 2; unchanged: 0; conflicts: 0; with errors: 1.");

        // The bad row: its spreadsheet number, the column, and what is wrong.
        var bad = page.Locator("#import-rows tr[data-row='3']");
        await Expect(bad).ToHaveAttributeAsync("data-outcome", "error");
        await Expect(bad.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync("3");
        await Expect(bad.Locator("li[data-column='value']")).ToHaveCountAsync(1);
        await Expect(bad.Locator("li[data-column='value']")).ToHaveTextAsync("value: \"twelve\" is not a whole number: write it without separators, e.g. 9000.");
        await Expect(page.Locator("#import-rows tr[data-row='2']")).ToHaveAttributeAsync("data-outcome", "create");
        await Expect(page.Locator("#import-rows tr[data-row='4']")).ToHaveAttributeAsync("data-outcome", "create");

        // No way to import it: no commit button, and the page says why.
        await Expect(page.Locator("#commit-form")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Import now") })).ToHaveCountAsync(0);
        await Expect(page.Locator("#preview-problems")).ToContainTextAsync("Nothing can be imported from this file until no row has an error");

        // A commit posted by hand anyway (the commit form's fields, with this page's antiforgery token) is refused.
        await page.EvaluateAsync("""
            ([content, name]) => {
              const form = document.createElement('form');
              form.method = 'post';
              form.enctype = 'multipart/form-data';
              form.action = '/figures/import?handler=Commit';
              const fields = { 'Input.Content': content, 'Input.FileName': name,
                '__RequestVerificationToken': document.querySelector('#upload-form input[name=__RequestVerificationToken]').value };
              for (const [key, value] of Object.entries(fields)) {
                const input = document.createElement('input');
                input.type = 'hidden';
                input.name = key;
                input.value = value;
                form.append(input);
              }
              document.body.append(form);
              form.submit();
            }
            """, new object[] { Convert.ToBase64String(csv), "june-july.csv" });
        await page.WaitForURLAsync("**/figures/import?handler=Commit");
        await Expect(page.Locator("#commit-refused")).ToContainTextAsync("Nothing was imported");
        await Expect(page.Locator("#import-rows tr[data-row='3']")).ToHaveAttributeAsync("data-outcome", "error");
        await Expect(page.Locator("#commit-form")).ToHaveCountAsync(0);

        // The database is as it was: no figure, source or audit entry was written.
        Assert.Equal(before, await app.Factory.CountsAsync());
        problems.AssertNone();
    }
}
