using Microsoft.Playwright;

namespace CentcomTracker.Tests.Browser;

/// <summary>The dashboard reads in one screen: the headline comparison is on the first screen, and the page stays short.</summary>
public sealed class FirstScreenTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    // The bottom of an element's values, relative to the viewport's top, and the page's height, in CSS pixels.
    private const string Measure = @"() => {
        const bottom = id => { const e = document.querySelector(`#card-${id} .period-values`); return e ? e.getBoundingClientRect().bottom : -1; };
        const ref = document.querySelector('#card-attacks-claimed .footnote-ref');
        return [bottom('attacks-claimed'), bottom('operations'), document.documentElement.scrollHeight, ref ? ref.getBoundingClientRect().bottom : -1];
    }";

    [Theory]
    [InlineData(1280, 900, "/")]
    [InlineData(1280, 900, "/?culture=ar")]
    [InlineData(390, 844, "/")]
    [InlineData(390, 844, "/?culture=ar")]
    public async Task The_first_screen_answers_the_headline_question_and_the_page_is_at_most_six_screens_tall(int width, int height, string url)
    {
        await using var context = await app.NewContextAsync(width: width, height: height);
        var (page, problems) = await BrowserFixture.OpenPageAsync(context, url);
        await BrowserFixture.WaitForChartsAsync(page);

        var m = await page.EvaluateAsync<double[]>(Measure);
        // Attacks claimed: H1 2024 against 2023, with its source one click away, before the first screen ends.
        Assert.InRange(m[0], 1, height);
        Assert.InRange(m[3], 1, height);
        if (width >= 1000) Assert.InRange(m[1], 1, height);  // operations beside it on a wide screen
        var parts = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('main > *, main section, .metric-card, .chart-panel')].map(e => (e.id || e.className.split(' ')[0]) + ':' + Math.round(e.getBoundingClientRect().height)).join(' ')");
        Assert.True(m[2] <= 6 * height, $"the page is {m[2]} px tall, more than 6 × {height}: {parts}");

        // The collapsed tables and source lists are still in the page, for keyboard, screen reader and print.
        Assert.True(await page.Locator("details.chart-data table").CountAsync() >= 5);
        Assert.True(await page.Locator("details.footnote-list blockquote").CountAsync() > 0);
        Assert.Empty(problems.All);
    }

    [Fact]
    public async Task On_a_phone_the_menu_button_shows_and_hides_the_navigation_and_the_charts_scroll_sideways()
    {
        await using var context = await app.NewContextAsync(width: 390, height: 844);
        var (page, problems) = await BrowserFixture.OpenPageAsync(context, "/");
        var menu = page.Locator("#main-nav");
        var button = page.Locator("button.navbar-toggler");
        Assert.False(await menu.IsVisibleAsync());
        Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));

        await button.ClickAsync();
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Sources", Exact = true }).IsVisibleAsync());
        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
        await button.ClickAsync();
        Assert.False(await menu.IsVisibleAsync());

        // The charts sit in one row wider than the screen; the first is drawn once it is near, the next one swipe away.
        var strip = await page.EvaluateAsync<double[]>("() => { const s = document.querySelector('.chart-strip'); return [s.scrollWidth, s.clientWidth, s.getBoundingClientRect().height]; }");
        Assert.True(strip[0] > 4 * strip[1], $"strip {strip[0]} px wide in {strip[1]} px");
        Assert.True(strip[2] < 844, $"strip {strip[2]} px tall");
        await page.Locator("#panel-attacks").ScrollIntoViewIfNeededAsync();
        await page.Locator("button[data-png-for='attacks']:not([disabled])").WaitForAsync();
        problems.AssertNone();
    }

    [Fact]
    public async Task Printing_opens_every_collapsed_table_and_list()
    {
        await using var context = await app.NewContextAsync();
        var (page, _) = await BrowserFixture.OpenPageAsync(context, "/");
        await BrowserFixture.WaitForChartsAsync(page);
        Assert.True(await page.Locator("details:not([open])").CountAsync() > 0);

        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        Assert.Equal(0, await page.Locator("details:not([open])").CountAsync());
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('afterprint'))");
        Assert.True(await page.Locator("details:not([open])").CountAsync() > 0);
    }
}
