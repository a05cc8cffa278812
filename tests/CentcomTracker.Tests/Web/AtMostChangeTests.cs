using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web;

/// <summary>
/// "At least 40" then exactly 55: the change is at most +15 (the first quarter may have had more than 40), so the
/// compare page, its Arabic version and the API say "at most", where "≈ +15" would claim the rise is about that size.
/// </summary>
public sealed class AtMostChangeTests : IAsyncLifetime
{
    private readonly TrackerFactory factory = new();

    public async Task InitializeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var source = new Source { Publisher = "Test publisher", Title = "Test release, first half of 2025", Published = Period.Parse("2025-07-05"), Language = "en" };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        db.Figures.AddRange(
            new Figure { MetricCode = "attacks-claimed", TheatreCode = "IQ", Period = Period.Parse("2025-Q1"), Value = 40, Qualifier = Qualifier.AtLeast, SourceId = source.Id, Quote = "At least 40 attacks in the first quarter." },
            new Figure { MetricCode = "attacks-claimed", TheatreCode = "IQ", Period = Period.Parse("2025-Q2"), Value = 55, Qualifier = Qualifier.Exact, SourceId = source.Id, Quote = "55 attacks in the second quarter." });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_compare_page_says_at_most_in_both_languages()
    {
        using var client = factory.CreateClient();
        const string selector = "section[data-theatre=IQ] tr[data-metric=attacks-claimed] .derived .change";

        var english = (await client.GetDocumentAsync("/compare/2025-Q1/2025-Q2?theatre=IQ")).QuerySelector(selector)!;
        Assert.Equal("15", english.GetAttribute("data-change"));
        Assert.Contains("at most +15", english.TextContent);
        Assert.Contains("(at most +38%)", english.TextContent);
        Assert.DoesNotContain("≈", english.TextContent);

        var arabic = (await client.GetDocumentAsync("/compare/2025-Q1/2025-Q2?theatre=IQ&culture=ar")).QuerySelector(selector)!;
        Assert.Contains("لا يزيد على +15", arabic.TextContent);
    }

    [Fact]
    public async Task The_API_gives_the_change_as_at_most()
    {
        using var client = factory.CreateClient();
        var compare = await client.GetJsonAsync("/api/compare?a=2025-Q1&b=2025-Q2&theatre=IQ");

        var derived = compare.Items("rows").Single(r => r["metric"]!.Text("code") == "attacks-claimed")["derived"]!;
        Assert.Equal(15, derived["change"]!.Long("value"));
        Assert.Equal("at-most", derived["change"]!.Text("qualifier"));
        Assert.Equal("at-most", derived["percentChange"]!.Text("qualifier"));
    }
}
