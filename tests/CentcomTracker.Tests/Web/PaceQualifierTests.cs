namespace CentcomTracker.Tests.Web;

/// <summary>
/// 153 claimed attacks in H1 2024 are on pace for about 306 a year: a projection, never exact. The card, the chart
/// CSV and /api/compare say the same qualifier.
/// </summary>
public sealed class PaceQualifierTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task The_page_the_chart_CSV_and_the_API_give_the_pace_the_same_approximate_qualifier()
    {
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/");
        var pace = page.QuerySelector("#card-attacks-claimed .derived .pace")!;
        Assert.Equal("306", pace.GetAttribute("data-pace"));
        Assert.Contains("≈ 306 a year", pace.Text());

        var (_, rows) = ChartDownloadTests.Read(await client.GetByteArrayAsync("/charts/attacks.csv"));
        var csvPace = rows.Single(r => r["kind"] == "pace");
        Assert.Equal("306", csvPace["value"]);
        Assert.Equal("about", csvPace["qualifier"]);

        var compare = await client.GetJsonAsync("/api/compare?a=2023&b=2024-H1");
        var derived = compare.Items("rows").Single(r => r["metric"]!.Text("code") == "attacks-claimed" && r["theatre"]!.Text("code") == "IQ+SY")["derived"]!;
        Assert.Equal(306m, derived["pace"]!.Decimal("value"));
        Assert.Equal("about", derived["pace"]!.Text("qualifier"));
        // The input it is annualised from stays as reported.
        Assert.Equal("exact", Assert.Single(derived["pace"]!.Items("inputs")).Text("qualifier"));
        // A ratio of a projection to a count is as approximate as the projection.
        var ratio = derived["paceRatio"]!;
        Assert.Equal("about", ratio.Text("qualifier"));
        Assert.Equal("about", ratio.Items("inputs").Single(i => i.Text("name") == "pace").Text("qualifier"));
    }
}
