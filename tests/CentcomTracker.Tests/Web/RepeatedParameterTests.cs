using System.Net;

namespace CentcomTracker.Tests.Web;

/// <summary>
/// A parameter given twice (<c>?a=2023&amp;a=2022</c>) is read the same way by a page, its CSV and the API: as both
/// values at once, which is no period, theatre or page, and is said to be so. Before, the dashboard quietly showed one
/// of the two while its CSVs and the API refused the address.
/// </summary>
public sealed class RepeatedParameterTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Theory]
    [InlineData("a", "2023", "2022")]
    [InlineData("b", "2024-H1", "2024-Q1")]
    [InlineData("theatre", "IQ", "SY")]
    public async Task The_dashboard_names_the_repeated_parameter_and_shows_its_default_view(string parameter, string first, string second)
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync($"/?{parameter}={first}&{parameter}={second}");

        var problems = page.QuerySelector("#query-problems")!.Text();
        Assert.Contains(first, problems);
        Assert.Contains(second, problems);
        Assert.Equal("2023", page.QuerySelector("input#a")!.GetAttribute("value"));
        Assert.Equal("2024-H1", page.QuerySelector("input#b")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#headline"));

        // The chart's CSV for the same address refuses it too, naming the parameter.
        using var csv = await client.GetAsync($"/charts/attacks.csv?{parameter}={first}&{parameter}={second}");
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Contains(parameter, await csv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_compare_page_explains_a_repeated_theatre()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/compare/2023/2024-H1?theatre=IQ&theatre=SY", 400);

        Assert.Contains("\"IQ,SY\" is not a theatre", page.QuerySelector("#theatre-error")!.Text());
    }

    [Fact]
    public async Task A_single_value_is_read_as_before()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?a=2022&theatre=IQ");

        Assert.Null(page.QuerySelector("#query-problems"));
        Assert.Equal("2022", page.QuerySelector("input#a")!.GetAttribute("value"));
    }
}
