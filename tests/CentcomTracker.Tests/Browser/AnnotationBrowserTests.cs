using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CentcomTracker.Tests.Browser;

/// <summary>An editor marks an event; the dashboard's time-series charts draw it, and the pointer on the marker shows its text.</summary>
public sealed class AnnotationBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string Event = "Test event drawn on the chart";

    [Fact]
    public async Task An_editor_adds_an_event_and_the_monthly_chart_marks_it_with_its_text_under_the_pointer()
    {
        await using var editorContext = await app.NewEditorContextAsync();
        var editor = await editorContext.NewPageAsync();
        await editor.GotoAsync(app.BaseUrl.TrimEnd('/') + "/annotations/new");
        await editor.GetByLabel("Day of the event").FillAsync("2023-06-15");
        await editor.GetByLabel("Event, in English (a few words, shown on the charts)").FillAsync(Event);
        await editor.GetByLabel("The sentence that reported the event, in the source's language").FillAsync("A test sentence reporting the event.");
        await editor.Locator("main button[type=submit]").ClickAsync();
        await editor.WaitForURLAsync(url => url.Contains("/annotations#annotation-", StringComparison.Ordinal));
        await Expect(editor.Locator("tr[data-date='2023-06-15'] .annotation-text")).ToHaveTextAsync(Event);

        var (page, errors) = await app.OpenAsync("/");
        var canvas = page.Locator("#canvas-monthly");
        await canvas.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('canvas-monthly').dataset.annotationMarkers !== undefined");
        var markers = JsonDocument.Parse(await canvas.GetAttributeAsync("data-annotation-markers") ?? "[]").RootElement.EnumerateArray().ToList();
        var marker = Assert.Single(markers);
        Assert.Equal((Event, "2023-06-15", 1), (marker.GetProperty("text").GetString(), marker.GetProperty("date").GetString(), marker.GetProperty("number").GetInt32()));

        // The marker lies between the points of May and June 2023 on the x axis, where the chart itself puts them.
        var between = await page.EvaluateAsync<double[]>(@"() => {
            const chart = Chart.getChart(document.getElementById('canvas-monthly'));
            const island = JSON.parse(document.getElementById('chart-monthly').textContent);
            const june = island.labels.indexOf('June 2023');
            return [chart.scales.x.getPixelForValue(june - 1), chart.scales.x.getPixelForValue(june + 1)];
        }");
        Assert.InRange(marker.GetProperty("x").GetDouble(), between[0], between[1]);

        // The pointer on the marker shows its day and text; moved away, nothing.
        var box = (await canvas.BoundingBoxAsync())!;
        var x = (float)(box.X + marker.GetProperty("x").GetDouble());
        await page.Mouse.MoveAsync(x, box.Y + box.Height / 2);
        await Expect(canvas).ToHaveAttributeAsync("data-annotation-hover", $"2023-06-15: {Event}");
        await page.Mouse.MoveAsync(x + 60, box.Y + box.Height / 2);
        await Expect(canvas).Not.ToHaveAttributeAsync("data-annotation-hover", new System.Text.RegularExpressions.Regex("."));

        // The levels chart (over dates) marks it too, and the list under the chart names it.
        var levels = page.Locator("#canvas-levels");
        await levels.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('canvas-levels').dataset.annotationMarkers !== undefined");
        Assert.Contains(Event, await levels.GetAttributeAsync("data-annotation-markers") ?? "");
        await Expect(page.Locator("#annotations-monthly li .annotation-text")).ToHaveTextAsync(Event);
        Assert.Empty(errors);
    }
}
