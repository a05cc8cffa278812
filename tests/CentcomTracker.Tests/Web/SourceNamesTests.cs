using CentcomTracker.Tests.Domain;
using CentcomTracker.Web.Data;

namespace CentcomTracker.Tests.Web;

/// <summary>Sources are named as a reader understands them, in English and in Arabic, and each belongs to a series of releases.</summary>
public sealed class SourceNamesTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private static SeedData.SeedSource Seed(string key) => SeedFacts.Data.Sources.Single(s => s.Key == key);

    [Fact]
    public void Every_seed_source_has_an_Arabic_name_and_a_series()
    {
        Assert.All(SeedFacts.Data.Sources, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.PublisherAr), s.Key);
            Assert.False(string.IsNullOrWhiteSpace(s.Series), s.Key);
        });
        Assert.Equal("bbc-monitoring", Seed("S7").Series);
        Assert.Equal("ap", Seed("S5").Series);
        // CENTCOM's own releases and the news reports that relay them are one series.
        Assert.All(new[] { "S1", "S2", "S4", "S9", "S13", "S17" }, key => Assert.Equal("centcom", Seed(key).Series));
        Assert.Equal("Arabic news report of 17 July 2024 (outlet not named)", Seed("S1").Publisher);
    }

    [Fact]
    public async Task The_sources_page_names_S1_for_what_it_is_and_uses_the_Arabic_names_on_Arabic_pages()
    {
        using var client = factory.CreateClient();
        var english = (await client.GetDocumentAsync("/sources")).QuerySelector("main")!.TextContent;
        Assert.Contains(Seed("S1").Publisher, english);
        Assert.DoesNotContain("seed article", english);

        var arabic = (await client.GetDocumentAsync("/sources?culture=ar")).QuerySelector("main")!.TextContent;
        Assert.All(new[] { "S1", "S5", "S7" }, key => Assert.Contains(Seed(key).PublisherAr!, arabic));
        Assert.DoesNotContain(Seed("S7").Publisher, arabic);
    }

    [Fact]
    public async Task The_dashboards_sources_are_named_in_the_readers_language()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?culture=ar");
        var publishers = page.QuerySelectorAll(".footnotes li > strong > bdi").Select(b => b.TextContent).ToHashSet();
        Assert.Contains(Seed("S5").PublisherAr!, publishers);
        Assert.Contains(Seed("S7").PublisherAr!, publishers);
        Assert.DoesNotContain(Seed("S7").Publisher, publishers);
    }

    [Fact]
    public async Task The_API_gives_each_source_its_Arabic_name_and_series()
    {
        using var client = factory.CreateClient();
        var sources = (await client.GetJsonAsync("/api/sources?pageSize=500")).Items("items").ToList();
        var bbc = sources.Single(s => s.Text("publisher") == Seed("S7").Publisher);
        Assert.Equal(Seed("S7").PublisherAr, bbc.Text("publisherAr"));
        Assert.Equal("bbc-monitoring", bbc.Text("series"));

        var figures = await client.GetJsonAsync("/api/figures?metric=attacks-claimed&theatre=IQ%2BSY");
        Assert.Contains(figures.Items("items"), f => f["source"]!.Text("series") == "ap");
    }
}
