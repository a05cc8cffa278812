using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CentcomTracker.Tests.Browser;

/// <summary>
/// axe-core in Chromium finds no WCAG 2.1 A or AA violation on the pages analysts and editors use, in English and in
/// Arabic. The English pages are the contrast gate (axe checks little contrast on joined Arabic script); the Arabic
/// ones are scanned for everything else.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    };

    public static TheoryData<string, bool> Pages()
    {
        var data = new TheoryData<string, bool>();
        foreach (var culture in new[] { "en", "ar" })
        {
            data.Add($"/?culture={culture}", false);
            data.Add($"/compare/2023/2024-H1?culture={culture}", false);
            data.Add($"/metrics/operations?culture={culture}", false);
            data.Add($"/figures?culture={culture}", false);
            data.Add($"/account/login?culture={culture}", false);
            data.Add($"/figures/release?culture={culture}", true);
            data.Add($"/figures/import?culture={culture}", true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_accessibility_violations(string path, bool asEditor)
    {
        await using var context = asEditor ? await browser.NewEditorContextAsync() : await browser.Browser.NewContextAsync();
        var (page, _) = await browser.OpenAsync(context, path);

        await AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task The_import_preview_with_a_bad_row_has_no_accessibility_violations(string culture)
    {
        await using var context = await browser.NewEditorContextAsync();
        var (page, _) = await browser.OpenAsync(context, $"/figures/import?culture={culture}");
        var csv = Web.ImportPage.Csv(Web.ImportPage.Header, Web.ImportPage.Row(), Web.ImportPage.Row(period: "2024-13", value: "lots"));
        await page.Locator("#csv-file").SetInputFilesAsync(new FilePayload { Name = "june.csv", MimeType = "text/csv", Buffer = csv });
        await page.Locator("#upload-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**handler=Preview**");
        Assert.Equal(1, await page.Locator("#import-rows tr[data-outcome=error]").CountAsync());

        await AssertNoViolationsAsync(page);
    }

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        Assert.True(result.Violations.Length == 0, page.Url + "\n" + string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {v.Nodes.Length} nodes: {string.Join(" | ", v.Nodes.Take(4).Select(n => n.Html + " → " + string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))))}")));
    }
}
