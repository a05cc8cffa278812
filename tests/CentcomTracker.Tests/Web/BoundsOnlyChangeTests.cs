using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web;

/// <summary>
/// "More than 45,000" then "more than 43,000": two lower bounds say nothing about the change between them, so the
/// page, the API and the chart CSV give no number for it and say why, instead of "≈ −2,000 (≈ −4%)".
/// </summary>
public sealed class BoundsOnlyChangeTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task The_compare_page_gives_no_change_between_two_lower_bounds_and_says_why()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/compare/2024-04-05/2024-07-16?theatre=SY");

        foreach (var metric in new[] { "camp-population", "detainees-held" })
        {
            var row = page.QuerySelector($"section[data-theatre=SY] tr[data-metric={metric}]")!;
            var derived = row.QuerySelector(".derived")!;
            Assert.Equal("false", derived.GetAttribute("data-comparable"));
            Assert.Equal("bounds-only", derived.GetAttribute("data-reason"));
            Assert.Null(derived.QuerySelector(".change"));
            Assert.NotNull(derived.QuerySelector(".no-change"));
        }

        // Exact and approximate values still give their change: about 2,500 fighters at large on both dates.
        var fighters = await client.GetDocumentAsync("/compare/2024-04-05/2024-07-16?theatre=IQ%2BSY");
        var change = fighters.QuerySelector("section[data-theatre='IQ+SY'] tr[data-metric=fighters-at-large] .derived .change")!;
        Assert.Equal("0", change.GetAttribute("data-change"));
    }

    [Fact]
    public async Task The_API_gives_a_null_change_with_the_reason()
    {
        using var client = factory.CreateClient();
        var compare = await client.GetJsonAsync("/api/compare?a=2024-04-05&b=2024-07-16&theatre=SY");

        var row = compare.Items("rows").Single(r => r["metric"]!.Text("code") == "camp-population");
        Assert.Equal(45_000, row["a"]!.Long("value"));
        Assert.Equal(43_000, row["b"]!.Long("value"));
        var derived = row["derived"]!;
        Assert.True(derived.IsExplicitNull("change"));
        Assert.True(derived.IsExplicitNull("percentChange"));
        Assert.False(derived["comparable"]!.GetValue<bool>());
        Assert.Equal("bounds-only", derived.Text("reason"));
        Assert.Contains("lower bounds", derived.Text("reasonText"));
    }

    [Fact]
    public async Task The_chart_CSV_notes_why_no_change_is_given_between_two_lower_bounds()
    {
        using var own = new TrackerFactory();
        await using (var scope = own.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var source = new Source { Publisher = "Test publisher", Title = "Test release, first half of 2025", Published = Period.Parse("2025-07-05"), Language = "en" };
            db.Sources.Add(source);
            await db.SaveChangesAsync();
            db.Figures.AddRange(
                new Figure { MetricCode = "attacks-claimed", TheatreCode = "IQ", Period = Period.Parse("2025-Q1"), Value = 40, Qualifier = Qualifier.MoreThan, SourceId = source.Id, Quote = "More than 40 attacks in the first quarter." },
                new Figure { MetricCode = "attacks-claimed", TheatreCode = "IQ", Period = Period.Parse("2025-Q2"), Value = 30, Qualifier = Qualifier.MoreThan, SourceId = source.Id, Quote = "More than 30 attacks in the second quarter." });
            await db.SaveChangesAsync();
        }

        using var client = own.CreateClient();
        var (_, rows) = ChartDownloadTests.Read(await client.GetByteArrayAsync("/charts/attacks.csv?a=2025-Q1&b=2025-Q2&theatre=IQ"));
        var b = rows.Single(r => r["period"] == "2025-Q2" && r["kind"] == "value");
        Assert.Equal("30", b["value"]);
        Assert.Equal("more-than", b["qualifier"]);
        Assert.Contains("both are lower bounds", b["notes"]);

        var api = await client.GetJsonAsync("/api/compare?a=2025-Q1&b=2025-Q2&theatre=IQ");
        var derived = api.Items("rows").Single(r => r["metric"]!.Text("code") == "attacks-claimed")["derived"]!;
        Assert.True(derived.IsExplicitNull("change"));
        Assert.Equal("bounds-only", derived.Text("reason"));
    }
}
