using System.Globalization;
using CsvHelper;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CentcomTracker.Tests.Browser;

/// <summary>An analyst reads the dashboard, changes the view with its form, and takes a chart away as CSV and PNG.</summary>
public sealed class JourneysAnalystTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    /// <summary>Every chart's instance data, flattened, next to its island's: what is drawn against what the page sent.</summary>
    private const string DrawnAndSent = """
        () => [...document.querySelectorAll('canvas[data-chart]')].map(canvas => {
          const chart = Chart.getChart(canvas);
          const island = JSON.parse(document.getElementById('chart-' + canvas.dataset.chart).textContent);
          return {
            id: canvas.dataset.chart,
            hasChart: !!chart,
            drawn: chart ? chart.data.datasets.map(d => d.data.map(v => (v !== null && typeof v === 'object' ? v.y : v))) : [],
            sent: island.datasets.map(d => d.data),
            labels: island.labels,
          };
        })
        """;

    private sealed record ChartState(string Id, bool HasChart, decimal?[][] Drawn, decimal?[][] Sent, string[] Labels);

    [Fact]
    public async Task An_analyst_sees_every_chart_drawn_switches_to_Syria_in_Q1_2024_and_takes_a_chart_away_as_CSV_and_PNG()
    {
        await using var context = await app.NewContextAsync(acceptDownloads: true);
        var (page, problems) = await BrowserFixture.OpenPageAsync(context, "/");
        await BrowserFixture.WaitForChartsAsync(page);

        // Every chart is drawn: a Chart.js instance on each canvas, holding the island's numbers, and ink on the canvas.
        var before = await AssertChartsDrawnAsync(page);
        Assert.Equal(["attacks", "by-country", "leaders", "levels", "monthly"], before.Select(c => c.Id).Order());

        // The view form, as a user fills it: period B and the theatre, then "Show".
        var form = page.Locator("#view-form");
        await form.GetByLabel("Period B").FillAsync("2024-Q1");
        await form.GetByLabel("Theatre").SelectOptionAsync(new SelectOptionValue { Label = "Syria" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("b=2024-Q1") && url.Contains("theatre=SY"));
        await BrowserFixture.WaitForChartsAsync(page);

        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        Assert.Equal(("2023", "2024-Q1", "SY"), (query["a"], query["b"], query["theatre"]));
        await Expect(page.Locator("#view-description")).ToContainTextAsync("Q1 2024 against 2023 · Syria");
        await Expect(form.GetByLabel("Period B")).ToHaveValueAsync("2024-Q1");
        await Expect(form.GetByLabel("Theatre")).ToHaveValueAsync("SY");

        // The cards follow: Syria's operations in Q1 2024 are CENTCOM's 28.
        var syriaQ1 = page.Locator("#card-operations .card-line[data-theatre='SY'] .period-value[data-period='b'] .value");
        await Expect(syriaQ1).ToHaveAttributeAsync("data-value", "28");
        await Expect(syriaQ1).ToHaveTextAsync("28");
        await Expect(page.Locator("#card-operations .card-line")).ToHaveCountAsync(1);

        // The charts follow: redrawn from the new islands, and those islands hold the new view.
        var after = await AssertChartsDrawnAsync(page);
        var byCountry = after.Single(c => c.Id == "by-country");
        Assert.Equal(["Defeat-ISIS operations · Syria", "ISIS operatives killed · Syria", "ISIS operatives detained · Syria"], byCountry.Labels);
        Assert.Equal([28m, 7m, 27m], byCountry.Drawn[1]);
        Assert.NotEqual(Flatten(before.Single(c => c.Id == "by-country").Drawn), Flatten(byCountry.Drawn));
        var attacks = after.Single(c => c.Id == "attacks");
        Assert.Equal(["2023 (unofficial)", "Q1 2024"], attacks.Labels);
        Assert.Equal([112m, null], attacks.Drawn[0]);

        // The CSV of the chart: a real download, in CSV that parses, with exactly the rows of the table beside the chart.
        var panel = page.Locator("#panel-by-country");
        var csvDownload = await page.RunAndWaitForDownloadAsync(() => panel.GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
        Assert.EndsWith(".csv", csvDownload.SuggestedFilename);
        var rows = ReadCsv(await File.ReadAllBytesAsync((await csvDownload.PathAsync())!));
        var table = await panel.Locator("table#table-by-country tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(tr => [tr.querySelector('th.row-category').textContent.trim(), tr.querySelector('td.row-series').textContent.trim(), tr.querySelector('td.row-value').dataset.value])");
        Assert.Equal(6, table.Length);
        Assert.Equal(table.Select(r => string.Join(" | ", r)), rows.Select(r => string.Join(" | ", r["category"], r["series"], r["value"])));
        Assert.Contains(rows, r => r["category"] == "Defeat-ISIS operations · Syria" && r["period"] == "2024-Q1" && r["value"] == "28");

        // The PNG of the chart: a real picture of the canvas's size, opaque on white, with the chart drawn in it.
        var pngDownload = await page.RunAndWaitForDownloadAsync(() => panel.GetByRole(AriaRole.Button, new() { Name = "PNG" }).ClickAsync());
        Assert.Equal("centcomtracker-by-country.png", pngDownload.SuggestedFilename);
        var png = await File.ReadAllBytesAsync((await pngDownload.PathAsync())!);
        var canvas = await page.CanvasInkAsync("canvas-by-country");
        Assert.Equal((canvas.Width, canvas.Height), Journeys.PngSize(png));
        var picture = await page.DecodeInPageAsync(png);
        Assert.Equal((canvas.Width, canvas.Height), (picture.Width, picture.Height));
        Assert.Equal(0, picture.Transparent);
        Assert.Equal([255, 255, 255, 255], picture.Corner);
        Assert.True(picture.Inked > picture.Pixels / 50, $"The PNG is almost blank: {picture.Inked} inked pixels of {picture.Pixels}");

        problems.AssertNone();
    }

    /// <summary>Asserts every canvas has a chart holding its island's numbers and visibly drawn; returns what was drawn.</summary>
    private static async Task<IReadOnlyList<ChartState>> AssertChartsDrawnAsync(IPage page)
    {
        var charts = await page.EvaluateJsonAsync<ChartState[]>(DrawnAndSent);
        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            Assert.True(chart.HasChart, $"No Chart.js instance on canvas-{chart.Id}");
            Assert.True(chart.Drawn.Length > 0 && chart.Drawn.All(d => d.Length == chart.Labels.Length), $"{chart.Id} draws nothing");
            Assert.Equal(Flatten(chart.Sent), Flatten(chart.Drawn));

            // Not blank: axes, labels and bars or lines put ink on at least 1% of the canvas (it is white where empty).
            var ink = await page.CanvasInkAsync("canvas-" + chart.Id);
            Assert.True(ink.Pixels > 0 && ink.Inked > ink.Pixels / 100, $"canvas-{chart.Id} is blank: {ink.Inked} inked pixels of {ink.Pixels}");
        }

        return charts;
    }

    private static string Flatten(decimal?[][] series) =>
        string.Join(" / ", series.Select(s => string.Join(",", s.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "null"))));

    private static List<Dictionary<string, string>> ReadCsv(byte[] csv)
    {
        using var reader = CsvReader.Create(csv);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h) ?? ""));
        }

        return rows;
    }
}
