using System.Text.Json;
using Microsoft.Playwright;

namespace CentcomTracker.Tests.Browser;

/// <summary>
/// What an automatic scan cannot judge: each chart's name, summary and table; colour explained in words; charts
/// mirrored in Arabic; the skip link and the focus ring, with a real keyboard. The scans are in AccessibilityScans.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Charts = ["attacks", "by-country", "leaders", "levels", "monthly"];

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Each_chart_is_named_summarised_first_and_points_to_its_table(string culture)
    {
        await using var context = await browser.Browser.NewContextAsync();
        var (page, _) = await browser.OpenAsync(context, $"/?culture={culture}");

        foreach (var chart in Charts)
        {
            var canvas = page.Locator($"#canvas-{chart}");
            var name = await page.Locator($"#title-{chart}").InnerTextAsync();
            // The accessible name as a screen reader gets it: the chart's title.
            Assert.Equal(1, await page.GetByRole(AriaRole.Img, new() { Name = name, Exact = true }).CountAsync());
            var facts = await canvas.EvaluateAsync<bool[]>(
                @"canvas => {
                    const summary = document.getElementById(canvas.getAttribute('aria-describedby'));
                    const table = document.getElementById(canvas.getAttribute('aria-details'));
                    return [
                        !!summary && summary.textContent.trim().length > 20,
                        !!summary && (summary.compareDocumentPosition(canvas) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
                        !!table && table.tagName === 'TABLE' && table.querySelectorAll('tbody tr').length > 0,
                        !!table && !!table.querySelector('caption'),
                    ];
                }");
            Assert.True(facts.All(f => f), $"{chart}: summary {facts[0]}, summary before canvas {facts[1]}, table {facts[2]}, caption {facts[3]}");
        }

        // Colour never carries meaning alone: paired bars, lines and patterns are explained in words beside the chart.
        Assert.Contains(culture == "en" ? "dotted bars" : "الأعمدة المنقّطة", await page.Locator("#panel-by-country .chart-key").InnerTextAsync());
        Assert.Equal(1, await page.Locator("#panel-monthly .chart-key").CountAsync());
        Assert.Equal(1, await page.Locator("#panel-attacks .chart-key").CountAsync());
    }

    [Fact]
    public async Task In_Arabic_every_chart_runs_right_to_left_and_numbers_in_the_digits_asked_for()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var (page, errors) = await browser.OpenAsync(context, "/?culture=ar&digits=arab");

        foreach (var chart in Charts)
        {
            var facts = await page.EvaluateAsync<JsonElement>(
                @"id => {
                    const chart = Chart.getChart(document.getElementById('canvas-' + id));
                    const x = chart.scales.x;
                    const y = chart.scales.y;
                    const first = x.getPixelForValue(x.min);
                    const last = x.getPixelForValue(x.max);
                    return {
                        reverse: chart.options.scales.x.reverse === true,
                        legendRtl: chart.options.plugins.legend.rtl === true,
                        tooltipRtl: chart.options.plugins.tooltip.rtl === true,
                        firstOnTheRight: first > last,
                        yOnTheRight: y.position === 'right',
                        locale: chart.options.locale,
                        ticks: y.ticks.map(t => String(t.label)).join(' '),
                    };
                }", chart);
            var summary = $"{chart}: {facts}";
            Assert.True(facts.GetProperty("reverse").GetBoolean(), summary);
            Assert.True(facts.GetProperty("legendRtl").GetBoolean(), summary);
            Assert.True(facts.GetProperty("tooltipRtl").GetBoolean(), summary);
            Assert.True(facts.GetProperty("firstOnTheRight").GetBoolean(), summary);
            Assert.True(facts.GetProperty("yOnTheRight").GetBoolean(), summary);
            Assert.Equal("ar-u-nu-arab", facts.GetProperty("locale").GetString());
            Assert.Matches("[٠-٩]", facts.GetProperty("ticks").GetString()!);
            Assert.DoesNotMatch("[0-9]", facts.GetProperty("ticks").GetString()!);
        }

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("/?culture=en")]
    [InlineData("/account/login?culture=ar")]
    public async Task The_skip_link_is_the_first_stop_is_visible_and_moves_focus_to_the_content(string path)
    {
        await using var context = await browser.Browser.NewContextAsync();
        var (page, _) = await browser.OpenAsync(context, path);

        await page.Keyboard.PressAsync("Tab");
        var skip = await page.EvaluateAsync<JsonElement>(
            @"() => { const a = document.activeElement; const r = a.getBoundingClientRect();
                      return { href: a.getAttribute('href'), width: r.width, height: r.height, top: r.top }; }");
        Assert.Equal("#main", skip.GetProperty("href").GetString());
        Assert.True(skip.GetProperty("width").GetDouble() > 20 && skip.GetProperty("height").GetDouble() > 10 && skip.GetProperty("top").GetDouble() >= 0, skip.ToString());

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"),
            "The next Tab after the skip link should land inside the main content.");
    }

    [Theory]
    [InlineData("/?culture=en", false)]
    [InlineData("/?culture=ar", false)]
    [InlineData("/figures/release?culture=en", true)]
    [InlineData("/figures/import?culture=ar", true)]
    public async Task Every_control_reached_with_Tab_shows_a_focus_ring(string path, bool asEditor)
    {
        await using var context = asEditor ? await browser.NewEditorContextAsync() : await browser.Browser.NewContextAsync();
        var (page, _) = await browser.OpenAsync(context, path);

        var seen = new HashSet<string>();
        var without = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<JsonElement>(
                @"() => { const e = document.activeElement; const s = getComputedStyle(e);
                          return { what: e.outerHTML.slice(0, 120), style: s.outlineStyle, width: parseFloat(s.outlineWidth) || 0, visible: e.matches(':focus-visible') }; }");
            var what = focused.GetProperty("what").GetString()!;
            if (!seen.Add(what)) continue;
            if (what.StartsWith("<body", StringComparison.Ordinal)) break;
            if (focused.GetProperty("style").GetString() == "none" || focused.GetProperty("width").GetDouble() < 2)
            {
                without.Add(what);
            }
        }

        Assert.True(seen.Count > 10, $"Only {seen.Count} stops reached with Tab");
        Assert.True(without.Count == 0, "No visible focus ring on:\n" + string.Join("\n", without));
    }
}
