using System.Text.Json;

namespace CentcomTracker.Tests.Web;

/// <summary>The dashboard's charts, their tables and the API say the same numbers for the same view.</summary>
public sealed class IslandApiAgreementTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Theory]
    [InlineData("2023", "2024-H1")]
    [InlineData("2024-Q1", "2024-H1")]
    [InlineData("2022", "2023")]
    public async Task The_by_country_chart_its_table_and_the_API_agree(string a, string b)
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync($"/?a={a}&b={b}");
        using var api = JsonDocument.Parse(await client.GetStringAsync($"/api/compare?a={a}&b={b}"));
        var rows = api.RootElement.GetProperty("rows").EnumerateArray().ToList();

        decimal? ApiValue(string metric, string theatre, string side)
        {
            var row = rows.Single(r => r.GetProperty("metric").GetProperty("code").GetString() == metric &&
                                       r.GetProperty("theatre").GetProperty("code").GetString() == theatre);
            var value = row.GetProperty(side).GetProperty("value");
            return value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
        }

        // The chart's categories run metric by metric within each country: Iraq, then Syria.
        var expected = new List<decimal?>();
        foreach (var side in new[] { "a", "b" })
        {
            foreach (var theatre in new[] { "IQ", "SY" })
            {
                foreach (var metric in new[] { "operations", "killed", "detained" })
                {
                    expected.Add(ApiValue(metric, theatre, side));
                }
            }
        }

        var island = page.Island("by-country");
        var drawn = island.GetProperty("datasets").EnumerateArray()
            .SelectMany(d => d.GetProperty("data").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (decimal?)null : v.GetDecimal()))
            .ToList();
        Assert.Equal(expected, drawn);
        Assert.Equal(page.IslandRows("by-country"), page.TableValues("by-country"));
    }

    [Fact]
    public async Task The_attacks_chart_draws_the_APIs_values_pace_and_alternative_baseline()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?a=2023&b=2024-H1");
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/compare?a=2023&b=2024-H1&theatre=IQ%2BSY"));
        var row = api.RootElement.GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("metric").GetProperty("code").GetString() == "attacks-claimed");

        var a = row.GetProperty("a").GetProperty("value").GetDecimal();
        var alternative = row.GetProperty("a").GetProperty("alternatives")[0].GetProperty("value").GetDecimal();
        var b = row.GetProperty("b").GetProperty("value").GetDecimal();
        var pace = row.GetProperty("derived").GetProperty("pace").GetProperty("value").GetDecimal();

        var drawn = page.Island("attacks").GetProperty("datasets")[0].GetProperty("data").EnumerateArray().Select(v => v.GetDecimal()).ToList();
        Assert.Equal([a, alternative, b, pace], drawn);
        Assert.Equal([121m, 253m, 153m, 306m], drawn);
    }
}
