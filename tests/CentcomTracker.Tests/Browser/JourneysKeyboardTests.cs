using Microsoft.Playwright;
using CentcomTracker.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace CentcomTracker.Tests.Browser;

/// <summary>
/// Keyboard only: every control is reached with Tab in reading order, shows where the focus is, and works with
/// Enter and Space. No mouse event is sent in these tests.
/// </summary>
public sealed class JourneysKeyboardTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Every_control_on_the_dashboard_is_reached_with_Tab_in_reading_order_with_a_visible_focus_ring()
    {
        await using var context = await app.NewContextAsync();
        var (page, problems) = await BrowserFixture.OpenPageAsync(context, "/");
        await BrowserFixture.WaitForChartsAsync(page);

        var (controls, stops, cameBack) = await page.WalkTabOrderAsync();

        Assert.True(controls.Count > 50, $"Only {controls.Count} controls found on the dashboard");
        Journeys.AssertCompleteTabOrder(controls, stops, cameBack);
        problems.AssertNone();
    }

    [Fact]
    public async Task The_skip_link_is_the_first_Tab_stop_and_takes_the_focus_to_the_main_content()
    {
        await using var context = await app.NewContextAsync();
        var (page, problems) = await BrowserFixture.OpenPageAsync(context, "/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();
        Assert.EndsWith("#main", page.Url);

        // The next Tab goes on from there: the first control inside main, not the navigation.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement) && document.activeElement !== document.querySelector('main')"),
            $"After the skip link, Tab went to {(await page.FocusedAsync()).Element}");
        problems.AssertNone();
    }

    [Fact]
    public async Task With_the_keyboard_alone_an_analyst_changes_the_theatre_opens_a_chart_s_sources_and_downloads_its_PNG()
    {
        await using var context = await app.NewContextAsync(acceptDownloads: true);
        var (page, problems) = await BrowserFixture.OpenPageAsync(context, "/");
        await BrowserFixture.WaitForChartsAsync(page);

        // The theatre list: reached with Tab, changed with the arrow keys, the view submitted with Enter on "Show".
        await page.TabToAsync("#theatre");
        await Expect(page.Locator("#theatre")).ToHaveValueAsync("IQ+SY");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("#theatre")).ToHaveValueAsync("SY");
        await page.TabToAsync("#view-form button[type=submit]", maxPresses: 3);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("theatre=SY"));
        await BrowserFixture.WaitForChartsAsync(page);
        await Expect(page.Locator("#view-description")).ToContainTextAsync("Syria");

        // A chart's sources and quotes, folded away: Tab to its summary, Space opens it, and its links join the tab order.
        var sources = page.Locator("#panel-attacks details.chart-sources");
        await Expect(sources).Not.ToHaveAttributeAsync("open", "");
        await page.TabToAsync("#panel-attacks details.chart-sources > summary");
        await page.Keyboard.PressAsync("Space");
        await Expect(sources).ToHaveAttributeAsync("open", "");
        await Expect(sources.Locator("q").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('#panel-attacks details.chart-sources') !== null"),
            $"Tab after opening the sources went to {(await page.FocusedAsync()).Element}");
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(sources).Not.ToHaveAttributeAsync("open", "");

        // The PNG button of the next chart, with Enter.
        await page.TabToAsync("button[data-png-for='by-country']");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.Equal("centcomtracker-by-country.png", download.SuggestedFilename);
        var png = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.True(Journeys.PngSize(png) is { Width: > 0, Height: > 0 });

        // And with Space, on the attacks chart, back with Shift+Tab.
        await page.TabToAsync("button[data-png-for='attacks']", backwards: true);
        var second = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Space"));
        Assert.Equal("centcomtracker-attacks.png", second.SuggestedFilename);
        problems.AssertNone();
    }

    [Fact]
    public async Task Every_control_on_the_release_form_is_reached_with_Tab_in_reading_order_with_a_visible_focus_ring()
    {
        await using var context = await app.NewContextAsync();
        var (page, problems) = await app.SignInAsync(context, Web.Browser.NewEditorEmail());
        await BrowserFixture.GoAsync(page, problems, "/figures/release");

        var (controls, stops, cameBack) = await page.WalkTabOrderAsync();
        Assert.True(controls.Count > 100, $"Only {controls.Count} controls found on the release form");
        Journeys.AssertCompleteTabOrder(controls, stops, cameBack);

        // Choosing "a new source" with the arrow keys shows its fields, and they join the tab order.
        await page.TabToAsync("#source-existing");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("#source-new")).ToBeCheckedAsync();
        await Expect(page.Locator("#new-source")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#new-source").GetByLabel("Publisher")).ToBeFocusedAsync();
        problems.AssertNone();
    }

    [Fact]
    public async Task With_the_keyboard_alone_an_editor_fills_a_cell_of_the_release_form_and_saves_it_with_Enter()
    {
        await using var context = await app.NewContextAsync();
        var (page, problems) = await app.SignInAsync(context, Web.Browser.NewEditorEmail());
        await BrowserFixture.GoAsync(page, problems, "/figures/release");
        var before = await app.Factory.CountsAsync();

        // The source list: the first recorded source, with the arrow key.
        await page.TabToAsync("#Input_SourceId");
        await page.Keyboard.PressAsync("ArrowDown");
        var sourceId = await page.Locator("#Input_SourceId").InputValueAsync();
        Assert.NotEqual("", sourceId);

        // The period, typed over the default.
        await page.TabToAsync("#Input_Period");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("2021-05");

        // Operations in Iraq: the value, then its quote, typed into the cell.
        var cell = "fieldset.release-cell[data-metric='operations'][data-theatre='IQ']";
        await page.TabToAsync($"{cell} input[name$='.Value']");
        await page.Keyboard.TypeAsync("12");
        await page.TabToAsync($"{cell} textarea[name$='.Quote']", maxPresses: 3);
        await page.Keyboard.TypeAsync("In May 2021, 12 partnered operations were conducted in Iraq (keyboard test).");

        // Back to the value with Shift+Tab, and Enter submits the form.
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Shift+Tab");
        await Expect(page.Locator($"{cell} input[name$='.Value']")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/figures" && url.Contains($"source={sourceId}"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved 1 figure from");
        var after = await app.Factory.CountsAsync();
        Assert.Equal((before.Figures + 1, before.Sources, before.Audit + 1), after);
        problems.AssertNone();
    }
}
