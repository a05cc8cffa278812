using CentcomTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using CentcomTracker.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace CentcomTracker.Tests.Browser;

/// <summary>Editors at work in real browsers: a monthly release entered and seen at once, then two editors on one figure.</summary>
public sealed class JourneysEditorTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_editor_enters_a_monthly_release_sees_it_on_the_dashboard_and_a_second_editor_saving_the_same_figure_gets_the_conflict()
    {
        const string first = "first.editor@example.org";
        const string second = "second.editor@example.org";
        await using var firstContext = await app.NewContextAsync();
        var (page, problems) = await app.SignInAsync(firstContext, first);

        // August 2024 is not on the dashboard yet: nobody reported it.
        await BrowserFixture.GoAsync(page, problems, "/?a=2024-07&b=2024-08");
        var operationsInAugust = page.Locator("#card-operations .card-line[data-theatre='IQ+SY'] .period-value[data-period='b'] .value");
        await Expect(operationsInAugust).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("not-reported"));
        await Expect(operationsInAugust).ToHaveTextAsync("not reported");

        // The release form, reached from the navigation: a new source, August 2024, operations in Iraq and in Syria with their quotes.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Enter a release" }).ClickAsync();
        await page.WaitForURLAsync("**/figures/release");
        await page.GetByLabel("A new source").CheckAsync();
        var source = page.Locator("#new-source");
        await Expect(source).ToBeVisibleAsync();
        await source.GetByLabel("Publisher").FillAsync("US Central Command (journey test)");
        await source.GetByLabel("Title").FillAsync("Defeat ISIS mission in Iraq and Syria, August 2024 (journey test)");
        await source.GetByLabel("Web address (optional)").FillAsync("https://example.org/centcom/2024-08");
        await source.GetByLabel("Published").FillAsync("2024-09-05");
        await source.GetByLabel("Language").FillAsync("en");
        await source.GetByLabel("Tier").SelectOptionAsync("primary");
        await page.GetByLabel("Period of the counts").FillAsync("2024-08");
        await FillCellAsync(page, "operations", "IQ", "41", "In Iraq, 41 partnered operations were conducted in August (journey test).");
        await FillCellAsync(page, "operations", "SY", "17", "In Syria, 17 partnered operations were conducted in August (journey test).");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the release" }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/figures" && url.Contains("source="));
        var status = page.GetByRole(AriaRole.Status);
        await Expect(status).ToContainTextAsync("Saved 2 figures from Defeat ISIS mission in Iraq and Syria, August 2024 (journey test).");
        await Expect(page.Locator("#figures tbody tr")).ToHaveCountAsync(2);

        // The dashboard shows August at once: Iraq 41 + Syria 17.
        await status.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/?a=2024-07&b=2024-08"));
        await Expect(operationsInAugust).ToHaveAttributeAsync("data-value", "58");
        await Expect(operationsInAugust).ToHaveTextAsync("58");
        await BrowserFixture.WaitForChartsAsync(page);

        // The figure's own page shows its creation, by whom.
        var figureId = await app.Factory.QueryAsync(db => db.Figures
            .Where(f => f.MetricCode == "operations" && f.TheatreCode == "IQ" && f.Source!.Title.Contains("August 2024 (journey test)"))
            .Select(f => f.Id).SingleAsync());
        await BrowserFixture.GoAsync(page, problems, $"/figures/{figureId}");
        var history = page.Locator("#history > li");
        await Expect(history).ToHaveCountAsync(1);
        await Expect(history.First).ToHaveAttributeAsync("data-action", "Create");
        await Expect(history.First).ToContainTextAsync("Created");
        await Expect(history.First).ToContainTextAsync(first);
        await Expect(page.Locator("#figure")).ToContainTextAsync("41");

        // Two editors open the same figure's form; the first saves, then the second.
        await using var secondContext = await app.NewContextAsync();
        var (other, otherProblems) = await app.SignInAsync(secondContext, second);
        await BrowserFixture.GoAsync(page, problems, $"/figures/{figureId}/edit");
        await BrowserFixture.GoAsync(other, otherProblems, $"/figures/{figureId}/edit");

        await page.GetByLabel("Value", new() { Exact = true }).FillAsync("42");
        await page.GetByLabel("Exact quote, in the source's language").FillAsync("In Iraq, 42 partnered operations were conducted in August (journey test).");
        await page.GetByLabel("Reason for the change (optional, kept in the history)").FillAsync("Corrected from the release's table");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/figures/{figureId}");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved.");

        await other.GetByLabel("Value", new() { Exact = true }).FillAsync("43");
        await other.GetByLabel("Exact quote, in the source's language").FillAsync("In Iraq, 43 partnered operations were conducted in August (journey test).");
        await other.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        var refusal = other.Locator("main .validation-summary-errors");
        await Expect(refusal).ToContainTextAsync($"Another editor ({first}) saved this figure");
        await Expect(refusal).ToContainTextAsync("its value is now 42");
        await Expect(other.Locator("#conflict-value")).ToHaveTextAsync("42");
        await Expect(other.GetByLabel("Value", new() { Exact = true })).ToHaveValueAsync("43");
        Assert.Equal($"/figures/{figureId}/edit", new Uri(other.Url).AbsolutePath);

        // The audit trail: exactly one change for that edit (the refused save left none), and the figure holds 42.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Audit" }).ClickAsync();
        await page.WaitForURLAsync("**/audit");
        var changes = page.Locator($"#audit tr[data-entity='Figure'][data-id='{figureId}'][data-action='Update']");
        await Expect(changes).ToHaveCountAsync(1);
        await Expect(changes).ToContainTextAsync(first);
        await Expect(changes).ToContainTextAsync("Corrected from the release's table");
        Assert.Equal((1, 42L), await app.Factory.QueryAsync(async db => (
            await db.AuditEntries.CountAsync(a => a.EntityType == AuditEntity.Figure && a.EntityId == figureId && a.Action == AuditAction.Update),
            await db.Figures.Where(f => f.Id == figureId).Select(f => f.Value).SingleAsync())));

        problems.AssertNone();
        otherProblems.AssertNone();
    }

    private static async Task FillCellAsync(IPage page, string metric, string theatre, string value, string quote)
    {
        var cell = page.Locator($"fieldset.release-cell[data-metric='{metric}'][data-theatre='{theatre}']");
        await cell.GetByLabel("Value").FillAsync(value);
        await cell.GetByLabel("Exact quote").FillAsync(quote);
    }
}
