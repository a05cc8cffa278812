namespace CentcomTracker.Tests.Web;

/// <summary>Every read-only address this part of the site serves answers, in both languages; unknown ids are 404s.</summary>
public sealed class PageSmokeTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Theory]
    [InlineData("/compare/2023/2024-H1", 200)]
    [InlineData("/compare/2023/2024-H1?theatre=IQ%2BSY", 200)]
    [InlineData("/compare/2024-Q1/2024-Q2?theatre=SY", 200)]
    [InlineData("/compare/2022/2023?theatre=SY-HOL", 200)]
    [InlineData("/compare/2024-07-16/2024-08-29..2024-11-04", 200)]
    [InlineData("/compare/2023/2024-H9", 400)]
    [InlineData("/metrics", 200)]
    [InlineData("/metrics/attacks-claimed", 200)]
    [InlineData("/metrics/operations", 200)]
    [InlineData("/metrics/killed", 200)]
    [InlineData("/metrics/detained", 200)]
    [InlineData("/metrics/leaders-killed", 200)]
    [InlineData("/metrics/leaders-captured", 200)]
    [InlineData("/metrics/fighters-at-large", 200)]
    [InlineData("/metrics/detainees-held", 200)]
    [InlineData("/metrics/camp-population", 200)]
    [InlineData("/metrics/operations?granularity=half", 200)]
    [InlineData("/metrics/operations?granularity=year", 200)]
    [InlineData("/metrics/nope", 404)]
    [InlineData("/sources", 200)]
    [InlineData("/annotations", 200)]
    [InlineData("/sources/1", 200)]
    [InlineData("/sources/3", 200)]
    [InlineData("/sources/19", 200)]
    [InlineData("/sources/0", 404)]
    [InlineData("/sources/999", 404)]
    [InlineData("/sources/abc", 404)]
    public async Task Every_read_page_answers(string url, int status)
    {
        using var client = factory.CreateClient();
        foreach (var culture in new[] { "en", "ar" })
        {
            var page = await client.GetDocumentAsync($"{url}{(url.Contains('?') ? '&' : '?')}culture={culture}", status);
            if (status != 404)
            {
                // The 404 page is re-executed without the query string, so it follows the culture cookie, not ?culture.
                Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
            }

            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("h1")?.TextContent), $"{url} has no heading");
        }
    }

    [Theory]
    [InlineData("/Error")]
    [InlineData("/Error?code=500")]
    [InlineData("/Error?code=999")]
    public async Task The_error_page_asked_for_directly_is_a_page_not_found_whatever_code_the_address_names(string url)
    {
        // Else anyone could answer themselves a server error, logged as one.
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync(url, 404);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
    }

    [Theory]
    [InlineData("/api/metrics")]
    [InlineData("/api/theatres")]
    [InlineData("/api/sources")]
    [InlineData("/api/sources/1")]
    [InlineData("/api/figures")]
    [InlineData("/api/figures/1")]
    [InlineData("/api/resolve?metric=camp-population&theatre=SY&period=2024")]
    [InlineData("/api/compare?a=2024-Q1&b=2024-Q2")]
    [InlineData("/api/series/operations")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_API_route_answers_with_JSON(string url)
    {
        using var client = factory.CreateClient();
        await client.GetJsonAsync(url);
    }
}
