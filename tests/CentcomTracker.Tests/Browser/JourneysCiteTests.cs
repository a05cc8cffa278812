using System.Text;
using CentcomTracker.Tests.Web.Provenance;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CentcomTracker.Tests.Browser;

/// <summary>An analyst takes a chart away to cite it: its data bundle, its citation, and its permalink back to the same numbers.</summary>
public sealed class JourneysCiteTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string TableValues = "id => [...document.querySelectorAll(`#table-${id} td.row-value`)].map(td => td.dataset.value)";

    [Fact]
    public async Task An_analyst_downloads_a_charts_bundle_copies_its_citation_and_follows_the_permalink_to_the_same_numbers()
    {
        await using var context = await app.NewContextAsync(acceptDownloads: true);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = app.BaseUrl });
        var (page, problems) = await BrowserFixture.OpenPageAsync(context, "/?a=2023&b=2024-H1&theatre=IQ");
        await BrowserFixture.WaitForChartsAsync(page);
        var numbers = await page.EvaluateAsync<string[]>(TableValues, "by-country");
        Assert.Contains(numbers, n => n.Length > 0);

        // The chart's "Cite this and take the data".
        var cite = page.Locator("#cite-by-country");
        await cite.Locator("summary").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => cite.Locator("a[data-bundle]").ClickAsync());
        Assert.EndsWith(".zip", download.SuggestedFilename);
        var files = BundleTests.ReadZip(await File.ReadAllBytesAsync((await download.PathAsync())!));
        var package = BundleTests.AssertValidPackage(files);
        var csv = Encoding.UTF8.GetString(files[package["resources"]![0]!["path"]!.GetValue<string>()]);
        Assert.All(numbers.Where(n => n.Length > 0), n => Assert.Contains(n, csv));

        // Copy the citation: what lands on the clipboard is the citation, naming the permalink.
        var button = cite.GetByRole(AriaRole.Button, new() { Name = "Copy citation" });
        await button.ClickAsync();
        await Expect(button).ToHaveAttributeAsync("data-copied", new System.Text.RegularExpressions.Regex("true|selected"));
        var copied = await button.GetAttributeAsync("data-copied") == "true"
            ? await page.EvaluateAsync<string>("() => navigator.clipboard.readText()")
            : await page.EvaluateAsync<string>("() => getSelection().toString()");
        var permalink = (await cite.Locator(".cite-text").GetAttributeAsync("data-permalink"))!;
        Assert.Contains(permalink, copied);
        var pinned = System.Text.RegularExpressions.Regex.Match(permalink, @"asof=(v\d+)").Groups[1].Value;
        Assert.NotEqual("", pinned);
        Assert.Equal(package["homepage"]!.GetValue<string>(), permalink);

        // The permalink reopens the same view, pinned to the data version shown, with the same numbers.
        await BrowserFixture.GoAsync(page, problems, permalink);
        await BrowserFixture.WaitForChartsAsync(page);
        await Expect(page.Locator("#asof")).ToHaveAttributeAsync("data-asof", pinned);
        Assert.Equal(numbers, await page.EvaluateAsync<string[]>(TableValues, "by-country"));
        problems.AssertNone();
    }
}
