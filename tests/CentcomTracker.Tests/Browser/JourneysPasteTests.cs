using CentcomTracker.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CentcomTracker.Tests.Browser;

/// <summary>An editor pastes CENTCOM's mid-2024 statement (S2) into the release form, checks the grid it fills, and saves.</summary>
public sealed class JourneysPasteTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    // S2's sentences as facts.md quotes them (the statement of 16 July 2024 on January to June 2024).
    private const string Statement =
        "CENTCOM mid-year update on the Defeat-ISIS mission\n" +
        "From January to June 2024, ISIS has claimed 153 attacks in Iraq and Syria. At this rate, ISIS is on pace to more than double the total number of attacks they claimed in 2023.\n" +
        "CENTCOM and partner forces conducted 196 Defeat ISIS Missions resulting in 44 ISIS operatives killed and 166 detained in the first half of 2024.\n" +
        "In Iraq, 137 partnered operations resulted in 30 ISIS operatives killed and 74 ISIS operatives detained.\n" +
        "In Syria, 59 operations conducted alongside the SDF and other partners resulted in 14 ISIS operatives killed and 92 ISIS operatives detained.\n" +
        "The above operations resulted in eight senior ISIS leaders killed and 32 captured in both Iraq and Syria.\n" +
        "The continued pursuit of the approximately 2,500 ISIS fighters at large across Iraq and Syria is a critical component to the enduring defeat of ISIS.\n" +
        "This includes efforts to repatriate more than 9,000 ISIS detainees in detention facilities in Syria, and the repatriation, rehabilitation, and reintegration of more than 43,000 individuals and families from the Al Hol and Al Roj camps. This is down from the peak of over 70,000 in 2019.";

    private static ILocator Cell(IPage page, string metric, string theatre) =>
        page.Locator($"fieldset.release-cell[data-metric='{metric}'][data-theatre='{theatre}']");

    [Fact]
    public async Task An_editor_pastes_the_mid_2024_statement_confirms_the_grid_and_saves_it()
    {
        await using var context = await app.NewContextAsync();
        var (page, problems) = await app.SignInAsync(context, $"paste-{Guid.NewGuid():N}@example.org");
        await BrowserFixture.GoAsync(page, problems, "/figures/release");

        await page.DescribeAndPasteAsync("US Central Command (paste journey)", "CENTCOM mid-year update, January–June 2024 (paste journey)", "2024-07-16", Statement);

        // The grid comes back filled: H1 2024 for the counts, the statement's day for the levels, each with its sentence.
        await Expect(page.Locator("#paste-outcome")).ToHaveAttributeAsync("data-filled", "15");
        await Expect(page.GetByLabel("Period of the counts")).ToHaveValueAsync("2024-H1");
        await Expect(page.GetByLabel("Levels as of")).ToHaveValueAsync("2024-07-16");
        var iraq = Cell(page, "operations", "IQ");
        await Expect(iraq.Locator("input[name$='.Value']")).ToHaveValueAsync("137");
        await Expect(iraq.Locator(".release-extracted mark")).ToHaveTextAsync("137");
        await Expect(iraq.Locator(".release-sentence")).ToContainTextAsync("In Iraq, 137 partnered operations");
        await Expect(Cell(page, "fighters-at-large", "IQ+SY").Locator("select[name$='.Qualifier']")).ToHaveValueAsync("about");
        await Expect(page.Locator(".release-unplaced li[data-reason='peak']")).ToHaveAttributeAsync("data-value", "70000");
        problems.AssertNone();

        // The editor clears the camp figure (to enter it another day) and confirms every other one.
        var camps = Cell(page, "camp-population", "SY");
        await camps.GetByRole(AriaRole.Button, new() { Name = "Clear this cell" }).ClickAsync();
        await Expect(camps.Locator("input[name$='.Value']")).ToHaveValueAsync("");
        await page.ConfirmEveryCellAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Save the release" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/figures" && url.Contains("source="));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved 14 figures");
        await Expect(page.Locator("#figures tbody tr")).ToHaveCountAsync(14);
        problems.AssertNone();
    }
}
