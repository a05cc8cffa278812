using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CentcomTracker.Web.Api;

/// <summary>The read-only JSON API under /api, described at /openapi/v1.json. Errors are RFC 7807 Problem Details.</summary>
public static class TrackerApi
{
    public const string DocumentPath = "/openapi/{documentName}.json";

    public static IServiceCollection AddTrackerApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExtractionApi();

        // Arabic quotes and "IQ+SY" go out as written, not as \uXXXX escapes. The relaxed encoder is safe here: API
        // responses are application/json with nosniff, never inlined into HTML (pages encode through Razor).
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "CentcomTracker API",
                Version = "v1",
                Description =
                    "Read-only figures on ISIS attacks in Iraq and Syria and the counter-ISIS operations against them, " +
                    "each with its source and exact quote. Codes are stable (metrics, theatres, qualifiers, how a value " +
                    "was obtained); periods are labels (2023, 2024-H1, 2024-Q1, 2024-06, 2024-07-16, 2024-08-29..2024-11-04); " +
                    "a value nobody reported is null, never 0. Errors are RFC 7807 Problem Details naming the parameter.",
            };

            // Said, not left out: every operation is open to anyone, with no credentials (an empty requirement).
            document.Security = [new OpenApiSecurityRequirement()];
            foreach (var server in document.Servers ?? [])
            {
                server.Url = server.Url?.TrimEnd('/');
            }

            // Every route answers HEAD as HTTP asks (HeadRequests); described once, as its GET, not as a second
            // operation under the same operationId.
            foreach (var path in document.Paths.Values)
            {
                path.Operations?.Remove(HttpMethod.Head);
            }

            foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            {
                tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "");
            }

            return Task.CompletedTask;
        })
        .AddSchemaTransformer(DescribeStringBoundParameters)
        .AddOperationTransformer(DescribeAsOf));
        return services;
    }

    /// <summary>
    /// <c>asof</c> is read by a middleware (<see cref="Provenance.AsOfRequests"/>), not bound by the routes, so the
    /// document names it on every read route that honours it.
    /// </summary>
    private static Task DescribeAsOf(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        if (description.HttpMethod == "GET" && Provenance.AsOfRequests.Applies("/" + description.RelativePath)
            && operation.Parameters?.Any(p => p.Name == Provenance.AsOfRequests.Parameter) != true)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = Provenance.AsOfRequests.Parameter,
                In = ParameterLocation.Query,
                Description = "Answer from the data as it stood at the end of a day (UTC, 2024-07-16) or right after a numbered " +
                    "change (v12), as listed by /api/changes. A day after today, or a change that does not exist, gets a 400.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^([0-9]{4}-[0-9]{2}-[0-9]{2}|v[0-9]+)$" },
            });
        }

        return Task.CompletedTask;
    }

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Vocabulary"] = "The metrics and theatres, with their stable codes.",
        ["Sources"] = "The documents figures come from, and what each reported.",
        ["Figures"] = "Reported figures as the sources gave them, each with its source and exact quote.",
        ["Resolution"] = "Values resolved from the figures for a period and theatre, compared, or as a series.",
        ["Extraction"] = "Candidate figures read from a posted release text; nothing is stored.",
        ["Changes"] = "Changes to the figures, and to the sources they cite, after a moment or data version.",
        ["Annotations"] = "Dated events shown on the charts, each with its source and quote.",
    };

    public static IEndpointRouteBuilder MapTrackerApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(DocumentPath);

        // The site's status-code pages answer in HTML; API clients get Problem Details instead.
        var api = app.MapGroup("/api").WithMetadata(new ProblemDetailsOnly()).CacheOutput(FiguresCache.Policy);

        api.MapVocabularyApi();
        api.MapSourcesApi();
        api.MapFiguresApi();
        api.MapResolutionApi();
        api.MapExtractionApi(); // POST /api/extract: reads a posted text, stores nothing
        api.MapChangesApi();
        api.MapAnnotationsApi();

        // Any method: a path no route has is "no such route" whatever the method; a path one has, asked with a method
        // it does not take, gets 405 naming those it does (routing says so itself only when no endpoint, this one
        // included, takes the method: GET /api/extract would otherwise be "no such route").
        api.MapFallback("{**path}", NoSuchRoute).WithMetadata(new ApiFallback()).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Query parameters are bound as strings and parsed by <see cref="ApiArguments"/>, so "abc" or "" gets a 400 naming
    /// the parameter rather than a bare binding failure. The document still says what they take: a [Range] marks a
    /// whole number, [AllowedValues] an enumeration.
    /// </summary>
    private static Task DescribeStringBoundParameters(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.ParameterDescription?.ParameterDescriptor is IParameterInfoParameterDescriptor { ParameterInfo: var parameter })
        {
            if (parameter.GetCustomAttribute<RangeAttribute>() is not null)
            {
                schema.Type = JsonSchemaType.Integer;
                schema.Format = "int32";
                if (schema.Default?.GetValue<string>() is { } text && int.TryParse(text, CultureInfo.InvariantCulture, out var number))
                {
                    schema.Default = JsonValue.Create(number);
                }
            }

            if (parameter.GetCustomAttribute<AllowedValuesAttribute>() is { } allowed)
            {
                schema.Enum = allowed.Values.Select(v => (JsonNode)JsonValue.Create(Convert.ToString(v, CultureInfo.InvariantCulture))!).ToList();
            }
        }

        return Task.CompletedTask;
    }

    private sealed class ProblemDetailsOnly : ISkipStatusCodePagesMetadata;

    private sealed class ApiFallback;

    private static IResult NoSuchRoute(HttpContext context, EndpointDataSource endpoints)
    {
        var request = context.Request;
        var routes = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ApiFallback>() is null && e.Metadata.GetMetadata<ProblemDetailsOnly>() is not null)
            .Where(e => new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary(e.RoutePattern.Defaults)).TryMatch(request.Path, []))
            .ToList();
        var methods = routes.SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        if (methods.Count > 0 && !methods.Contains(request.Method, StringComparer.OrdinalIgnoreCase))
        {
            context.Response.Headers.Allow = string.Join(", ", methods);
            return TypedResults.Problem(statusCode: StatusCodes.Status405MethodNotAllowed,
                detail: $"{request.Path} does not take {request.Method}; it takes {string.Join(", ", methods)}.");
        }

        // A route that takes the method but reads another kind of body (POST /api/extract with JSON).
        var reads = routes.Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(request.Method, StringComparer.OrdinalIgnoreCase) == true)
            .Select(e => e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes).OfType<IReadOnlyList<string>>().SelectMany(types => types).Distinct().ToList();
        if (reads.Count > 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                detail: $"{request.Path} reads a body of type {string.Join(" or ", reads)}, not {(string.IsNullOrEmpty(request.ContentType) ? "none" : request.ContentType)}.");
        }

        // No route has this path.
        return ApiProblems.NotFound(
            "path", "No such API route", $"There is no API route at {request.Path}; the routes are described at /openapi/v1.json.");
    }
}
