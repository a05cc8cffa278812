using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web;

public sealed class OpenApiTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task The_OpenAPI_document_describes_every_API_route_with_its_parameters_and_responses()
    {
        using var client = factory.CreateClient();
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var paths = document["paths"]!.AsObject();

        var routes = ApiRoutes().ToList();
        Assert.True(routes.Count >= 9, $"expected the API's routes, found {routes.Count}");
        Assert.Equal(routes.Select(r => r.Path).Distinct().Order(), paths.Select(p => p.Key).Order());

        // HEAD, answered wherever GET is, is described once, as its GET.
        Assert.All(paths, path => Assert.Null(path.Value?["head"]));
        foreach (var (path, methods, handler) in routes)
        {
            foreach (var method in methods.Where(m => m != "HEAD"))
            {
                var operation = paths[path]?[method.ToLowerInvariant()];
                Assert.True(operation is not null, $"{method} {path} is not in the document");
                Assert.False(string.IsNullOrWhiteSpace(operation!["operationId"]?.GetValue<string>()), $"{path} has no operation name");
                Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), $"{path} has no summary");
                Assert.NotEmpty(operation["tags"]!.AsArray());

                var documented = (operation["parameters"]?.AsArray() ?? new JsonArray()).Select(p => p!["name"]!.GetValue<string>()).ToHashSet();
                var taken = handler.GetParameters().Where(p => p.ParameterType == typeof(string) || p.ParameterType == typeof(int)).Select(p => p.Name!);
                Assert.All(taken, name => Assert.True(documented.Contains(name), $"{path} does not document its parameter {name}"));

                var responses = operation["responses"]!.AsObject();
                Assert.NotNull(responses["200"]?["content"]?["application/json"]?["schema"]);
                Assert.All(responses.Where(r => r.Key != "200"), r =>
                    Assert.NotNull(r.Value?["content"]?["application/problem+json"]));
            }
        }
    }

    [Fact]
    public async Task Every_read_route_that_honours_asof_documents_it_and_only_those()
    {
        using var client = factory.CreateClient();
        var document = await client.GetJsonAsync("/openapi/v1.json");

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => o.Key is "get" or "post"))
            {
                var names = (operation!["parameters"]?.AsArray() ?? []).Select(p => p!["name"]!.GetValue<string>()).ToList();
                var honoured = method == "get" && !path.StartsWith("/api/changes", StringComparison.Ordinal);
                Assert.True(honoured == names.Contains("asof"), $"{method} {path}: asof {(honoured ? "not documented" : "documented but ignored")}");
            }
        }

        // What the document says is what the route does: yesterday's data by date, and a refusal of tomorrow.
        var tomorrow = DateTime.UtcNow.Date.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await client.GetAsync($"/api/metrics?asof={tomorrow}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/metrics?asof=v0")).StatusCode);
    }

    [Fact]
    public async Task The_document_says_the_API_takes_no_credentials_and_describes_its_tags()
    {
        using var client = factory.CreateClient();
        var document = await client.GetJsonAsync("/openapi/v1.json");

        // An empty security requirement: open to anyone, said rather than forgotten (as linters such as Redocly ask).
        var security = Assert.Single(document["security"]!.AsArray());
        Assert.Empty(security!.AsObject());
        Assert.All(document["servers"]!.AsArray(), s => Assert.False(s!["url"]!.GetValue<string>().EndsWith('/'), s!["url"]!.GetValue<string>()));
        var tags = document["tags"]!.AsArray();
        Assert.NotEmpty(tags);
        Assert.All(tags, t => Assert.False(string.IsNullOrWhiteSpace(t!["description"]?.GetValue<string>()), $"tag {t!["name"]} has no description"));
    }

    [Fact]
    public async Task Documented_defaults_and_limits_match_what_the_API_enforces()
    {
        using var client = factory.CreateClient();
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var parameters = document["paths"]!["/api/figures"]!["get"]!["parameters"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["schema"]!);

        Assert.Equal("integer", parameters["pageSize"]["type"]!.GetValue<string>());
        Assert.Equal(CentcomTracker.Web.Api.FiguresApi.DefaultPageSize, parameters["pageSize"]["default"]!.GetValue<int>());
        Assert.Equal(CentcomTracker.Web.Api.FiguresApi.MaxPageSize, parameters["pageSize"]["maximum"]!.GetValue<int>());
        Assert.Equal(1, parameters["page"]["default"]!.GetValue<int>());

        var resolve = document["paths"]!["/api/resolve"]!["get"]!["parameters"]!.AsArray();
        Assert.All(resolve.Where(p => p!["name"]!.GetValue<string>() != "asof"), p => Assert.True(p!["required"]?.GetValue<bool>(), $"{p!["name"]} should be required"));

        var granularity = document["paths"]!["/api/series/{metric}"]!["get"]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "granularity")!;
        Assert.Equal(["month", "quarter", "half", "year"], granularity["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    /// <summary>The app's own API endpoints, as routing sees them, with their OpenAPI path form (/api/sources/{id}).</summary>
    private IEnumerable<(string Path, IReadOnlyList<string> Methods, MethodInfo Handler)> ApiRoutes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .Select(e => (
                "/" + string.Join('/', e.RoutePattern.PathSegments.Select(Segment)),
                (IReadOnlyList<string>)(e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []),
                e.Metadata.GetMetadata<MethodInfo>() ?? throw new InvalidOperationException($"{e.DisplayName} has no handler method")));

    private static string Segment(RoutePatternPathSegment segment) => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
        _ => "",
    }));
}
