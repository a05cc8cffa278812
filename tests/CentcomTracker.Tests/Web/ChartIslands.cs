using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CentcomTracker.Tests.Web;

/// <summary>One value as a chart shows it: its category (x label), its series, and the number (null: not reported).</summary>
public sealed record ChartRow(string Category, string Series, decimal? Value);

/// <summary>Reads the dashboard's charts as a browser and a screen reader would: the JSON island and the table beside it.</summary>
public static class ChartIslands
{
    public static readonly string[] Names = ["attacks", "by-country", "leaders", "levels", "monthly"];

    public static JsonElement Island(this IHtmlDocument page, string chart)
    {
        var script = page.QuerySelector($"script#chart-{chart}");
        Assert.True(script is not null, $"No island for chart {chart}.");
        Assert.Equal("application/json", script!.GetAttribute("type"));
        return JsonDocument.Parse(script.TextContent).RootElement;
    }

    /// <summary>The points an island draws: each label × dataset that has a value or says "not reported".</summary>
    public static IReadOnlyList<ChartRow> IslandRows(this IHtmlDocument page, string chart)
    {
        var island = page.Island(chart);
        var labels = island.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToList();
        var rows = new List<ChartRow>();
        for (var i = 0; i < labels.Count; i++)
        {
            foreach (var dataset in island.GetProperty("datasets").EnumerateArray())
            {
                var data = dataset.GetProperty("data")[i];
                var text = dataset.GetProperty("text")[i];
                if (data.ValueKind == JsonValueKind.Null && text.ValueKind == JsonValueKind.Null) continue;  // no point at this label
                rows.Add(new ChartRow(labels[i], dataset.GetProperty("label").GetString()!,
                    data.ValueKind == JsonValueKind.Null ? null : data.GetDecimal()));
            }
        }

        return rows;
    }

    public static IReadOnlyList<IElement> TableRows(this IHtmlDocument page, string chart)
    {
        var table = page.QuerySelector($"table#table-{chart}");
        Assert.True(table is not null, $"No table for chart {chart}.");
        return table!.QuerySelectorAll("tbody tr").ToList();
    }

    public static IReadOnlyList<ChartRow> TableValues(this IHtmlDocument page, string chart) =>
        page.TableRows(chart).Select(tr =>
        {
            var value = tr.QuerySelector("td.row-value")!.GetAttribute("data-value");
            return new ChartRow(
                tr.QuerySelector("th.row-category")!.TextContent,
                tr.QuerySelector("td.row-series")!.TextContent,
                string.IsNullOrEmpty(value) ? null : decimal.Parse(value, CultureInfo.InvariantCulture));
        }).ToList();
}
