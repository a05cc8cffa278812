using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CentcomTracker.Tests.Browser;

/// <summary>
/// axe-core in Chromium finds no WCAG 2.1 A or AA violation (nor any of axe's best practices) on the pages analysts
/// and editors use, in English and in Arabic. The English pages are the contrast gate (axe checks little contrast on
/// joined Arabic script); the Arabic ones are scanned for everything else. One class per language, so the two
/// languages scan in parallel.
/// </summary>
public abstract class AccessibilityScans(BrowserFixture browser, string culture)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    };

    public static TheoryData<string, bool, int> Pages() => new()
    {
        { "/", false, 200 },
        { "/compare/2023/2024-H1", false, 200 },
        { "/metrics/operations", false, 200 },
        { "/figures", false, 200 },
        { "/account/login", false, 200 },
        { "/figures/release", true, 200 },
        { "/figures/import", true, 200 },
        // Beyond the pages the issue lists: a source with its Arabic quotes, and an error page.
        { "/sources/1", false, 200 },
        { "/no-such-page", false, 404 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_accessibility_violations(string path, bool asEditor, int status)
    {
        await using var context = asEditor ? await browser.NewEditorContextAsync() : await browser.Browser.NewContextAsync();
        var (page, _) = await browser.OpenAsync(context, $"{path}?culture={culture}", status);

        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_import_preview_with_a_bad_row_has_no_accessibility_violations()
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

    internal static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        Assert.True(result.Violations.Length == 0, page.Url + "\n" + string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {v.Nodes.Length} nodes: {string.Join(" | ", v.Nodes.Take(4).Select(n => n.Html + " → " + string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))))}")));
    }
}

public sealed class EnglishAccessibilityScans(BrowserFixture browser) : AccessibilityScans(browser, "en"), IClassFixture<BrowserFixture>;

public sealed class ArabicAccessibilityScans(BrowserFixture browser) : AccessibilityScans(browser, "ar"), IClassFixture<BrowserFixture>;
