namespace CentcomTracker.Tests.Web;

/// <summary>
/// A period a reader cannot ask about (year 0000, which does not exist, or year 0001, before the readable years)
/// gets the treatment of any other bad period on every address that reads one: never a server error.
/// </summary>
public sealed class UnreadablePeriodTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Theory]
    [InlineData("0000")]
    [InlineData("0001")]
    [InlineData("0001-Q1")]
    [InlineData("0001-01-01..2023-12-31")]
    public async Task The_dashboard_shows_its_default_view_with_a_message(string a)
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?a=" + a);

        Assert.Contains($"“{a}”", page.QuerySelector("#query-problems")!.Text());
        Assert.Equal("2023", page.QuerySelector("input#a")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#headline"));
    }

    [Theory]
    [InlineData("/compare/0000/2023", "a")]
    [InlineData("/compare/0001/2023", "a")]
    [InlineData("/compare/0001-Q1/2023", "a")]
    [InlineData("/compare/2023/0001-06", "b")]
    public async Task The_compare_page_explains_the_period_next_to_its_field(string url, string field)
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync(url, 400);

        Assert.Equal("true", page.QuerySelector($"#compare-{field}")!.GetAttribute("aria-invalid"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"#{field}-error")!.TextContent));
        Assert.Empty(page.QuerySelectorAll("section[data-theatre]"));
    }

    [Theory]
    [InlineData("/api/compare?a=0000&b=2023", "a")]
    [InlineData("/api/compare?a=0001&b=2023", "a")]
    [InlineData("/api/compare?a=2023&b=0001-Q1", "b")]
    [InlineData("/api/resolve?metric=fighters-at-large&theatre=IQ&period=0001", "period")]
    [InlineData("/api/resolve?metric=operations&theatre=IQ&period=0001-12-31", "period")]
    [InlineData("/api/figures?from=0001", "from")]
    public async Task The_API_answers_a_problem_naming_the_parameter(string url, string parameter)
    {
        using var client = factory.CreateClient();
        var problem = await client.GetProblemAsync(url, 400);

        Assert.Equal(400, problem.Long("status"));
        Assert.NotEmpty(problem["errors"]![parameter]!.AsArray());
    }

    [Theory]
    [InlineData("/bundle/compare/0000/2023.zip")]
    [InlineData("/bundle/compare/0001/2023.zip")]
    [InlineData("/bundle/dashboard.zip?a=0001")]
    [InlineData("/charts/attacks.csv?a=0001")]
    public async Task A_download_is_refused_with_the_reason(string url)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == System.Net.HttpStatusCode.BadRequest, $"{url} returned {(int)response.StatusCode}:\n{Html.Excerpt(body)}");
        Assert.Contains("000", body);
    }
}
