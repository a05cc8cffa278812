using System.Text.Json.Nodes;
using CentcomTracker.Tests.Domain;
using CentcomTracker.Web.Domain;

namespace CentcomTracker.Tests.Web;
/// <summary>The read-only API refuses what it cannot answer with a clear status and Problem Details, never a 500.</summary>
public sealed class ApiRefusalTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task An_unknown_metric_is_a_404_problem_naming_the_parameter()
    {
        using var client = factory.CreateClient();
        var problem = await client.GetProblemAsync("/api/resolve?metric=nope&theatre=IQ&period=2024-H1", 404);
        Assert.Equal(404, problem.Long("status"));
        Assert.Equal("metric", problem.Text("parameter"));
        Assert.Contains("nope", problem.Text("detail"));
        Assert.Contains("operations", problem.Text("detail"));

        var theatre = await client.GetProblemAsync("/api/resolve?metric=operations&theatre=XX&period=2024-H1", 404);
        Assert.Equal("theatre", theatre.Text("parameter"));
    }

    [Fact]
    public async Task A_malformed_period_is_a_400_problem_naming_the_parameter_with_the_parsers_reason()
    {
        using var client = factory.CreateClient();
        var problem = await client.GetProblemAsync("/api/resolve?metric=operations&theatre=IQ&period=2024-H7", 400);
        Assert.Equal(400, problem.Long("status"));
        var error = Assert.Single(problem["errors"]!["period"]!.AsArray())!.GetValue<string>();
        Assert.Contains("a year has two halves, H1 and H2; there is no H7", error);
        Assert.Contains("period", problem.Text("detail"));
    }

    [Fact]
    public async Task Missing_required_parameters_are_a_400_naming_each_one()
    {
        using var client = factory.CreateClient();
        var resolve = await client.GetProblemAsync("/api/resolve", 400);
        Assert.Equal(["metric", "period", "theatre"], resolve["errors"]!.AsObject().Select(e => e.Key).Order());

        var compare = await client.GetProblemAsync("/api/compare?a=2023&b=", 400);
        Assert.Equal(["b"], compare["errors"]!.AsObject().Select(e => e.Key));
    }

    [Theory]
    [InlineData("/api/resolve?metric=&theatre=&period=", 400)]
    [InlineData("/api/resolve?metric=operations&theatre=IQ&period=%20", 400)]
    [InlineData("/api/resolve?metric=operations&theatre=IQ&period=2024-13-45", 400)]
    [InlineData("/api/resolve?metric=operations&theatre=IQ&period=2024-11-04..2024-08-29", 400)]
    [InlineData("/api/resolve?metric=operations&theatre=IQ&period=0000", 400)]
    [InlineData("/api/resolve?metric=operations&theatre=IQ&period=9999-Q4", 200)]
    [InlineData("/api/resolve?metric=operations&theatre=IQ&period=2024..9999", 200)]
    [InlineData("/api/resolve?metric=OPERATIONS&theatre=iq+sy&period=2024-h1", 200)]
    [InlineData("/api/resolve?metric=%00%3Cscript%3E&theatre=IQ&period=2024", 404)]
    [InlineData("/api/compare?a=2024&b=2023", 200)]
    [InlineData("/api/compare?a=2023&b=2024-H1&theatre=", 200)]
    [InlineData("/api/compare?a=2023&b=2024-H1&theatre=Mars", 404)]
    [InlineData("/api/figures?page=0", 400)]
    [InlineData("/api/figures?page=-1", 400)]
    [InlineData("/api/figures?page=abc", 400)]
    [InlineData("/api/figures?page=99999999999999999999", 400)]
    [InlineData("/api/figures?page=1000000&pageSize=500", 200)]
    [InlineData("/api/figures?pageSize=0", 400)]
    [InlineData("/api/figures?pageSize=100000", 400)]
    [InlineData("/api/figures?pageSize=", 200)]
    [InlineData("/api/figures?from=2024&to=2023", 400)]
    [InlineData("/api/figures?from=garbage", 400)]
    [InlineData("/api/figures?source=0", 400)]
    [InlineData("/api/figures?source=99999", 404)]
    [InlineData("/api/changes?since=v99", 400)]
    [InlineData("/api/changes?since=v0", 200)]
    [InlineData("/api/changes/sources?since=v99", 400)]
    [InlineData("/api/changes/sources?since=v0&until=x", 400)]
    [InlineData("/api/changes/sources?since=v0", 200)]
    [InlineData("/api/figures?metric=nope", 404)]
    [InlineData("/api/figures/999999", 404)]
    [InlineData("/api/figures/0", 400)]
    [InlineData("/api/figures/abc", 400)]
    [InlineData("/api/figures/%20", 400)]
    [InlineData("/api/figures/1.0", 400)]
    [InlineData("/api/figures/99999999999", 400)]
    [InlineData("/api/figures/%D9%A1", 200)]
    [InlineData("/api/sources/abc", 400)]
    [InlineData("/api/sources/-1", 400)]
    [InlineData("/api/sources/999999", 404)]
    [InlineData("/api/series/nope", 404)]
    [InlineData("/api/series/operations?granularity=week", 400)]
    [InlineData("/api/series/operations?granularity=month&from=0001&to=9999", 400)]
    [InlineData("/api/series/operations?granularity=year&from=0001&to=9999", 400)]
    [InlineData("/api/series/operations?from=2030", 200)]
    [InlineData("/api/series/operations?to=2010", 200)]
    [InlineData("/api/series/operations?theatre=SY-HOL", 200)]
    [InlineData("/api/no-such-route", 404)]
    public async Task Odd_input_gets_a_clear_answer_never_a_server_error(string url, int status)
    {
        using var client = factory.CreateClient();
        var mediaType = status == 200 ? "application/json" : "application/problem+json";
        var answer = await client.GetJsonAsync(url, status, mediaType);
        if (status != 200)
        {
            Assert.Equal(status, answer.Long("status"));
            Assert.False(string.IsNullOrWhiteSpace(answer.Text("detail")));
        }

        // An id that is not one is named, as a query parameter would be; it is not "no such route".
        if (status == 400 && (url.StartsWith("/api/figures/", StringComparison.Ordinal) || url.StartsWith("/api/sources/", StringComparison.Ordinal)))
        {
            Assert.NotNull(answer["errors"]!["id"]);
        }
    }

    [Fact]
    public async Task The_API_is_read_only_so_other_methods_are_not_allowed()
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/api/metrics", new StringContent("{}"));
        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_very_long_parameter_is_refused_politely()
    {
        using var client = factory.CreateClient();
        var problem = await client.GetProblemAsync($"/api/resolve?metric=operations&theatre=IQ&period={new string('9', 4000)}", 400);
        Assert.NotNull(problem["errors"]!["period"]);
    }

    [Theory]
    [InlineData("GET", "/api/extract", 405, "POST")]
    [InlineData("DELETE", "/api/extract", 405, "POST")]
    [InlineData("PUT", "/api/figures/1", 405, "GET, HEAD")]
    [InlineData("POST", "/api/no-such-route", 404, null)]
    [InlineData("DELETE", "/api/no-such-route", 404, null)]
    public async Task A_route_asked_with_a_method_it_does_not_take_is_a_405_naming_those_it_does_and_a_route_nobody_has_is_a_404(
        string method, string url, int status, string? allow)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (allow is null)
        {
            Assert.Empty(response.Content.Headers.Allow);
            Assert.Equal("path", problem.Text("parameter"));
        }
        else
        {
            Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
            Assert.Contains($"does not take {method}; it takes {allow}", problem.Text("detail"));
        }
    }

    [Theory]
    [InlineData("/api/metrics")]
    [InlineData("/api/figures/1")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/charts/attacks.csv")]
    [InlineData("/figures/export.csv")]
    [InlineData("/feed.atom")]
    [InlineData("/bundle/all.zip")]
    public async Task Every_download_and_API_route_answers_HEAD_as_it_answers_GET(string url)
    {
        using var client = factory.CreateClient();
        using var get = await client.GetAsync(url);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(System.Net.HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Content.Headers.ContentDisposition, head.Content.Headers.ContentDisposition);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
    }

    [Fact]
    public async Task A_write_method_on_the_read_only_API_is_refused_with_problem_details()
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/api/metrics", new StringContent(""));

        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
