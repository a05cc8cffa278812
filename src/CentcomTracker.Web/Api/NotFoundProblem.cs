using Microsoft.AspNetCore.Http.Metadata;

namespace CentcomTracker.Web.Api;

/// <summary>
/// A 404 written as application/problem+json, and described as such in OpenAPI. <c>NotFound&lt;ProblemDetails&gt;</c>
/// would write the same body as plain application/json.
/// </summary>
public sealed class NotFoundProblem(ProblemDetails problem)
    : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>
{
    private static readonly string[] ContentTypes = ["application/problem+json"];

    public ProblemDetails Value { get; } = problem;

    object? IValueHttpResult.Value => Value;

    public int? StatusCode => StatusCodes.Status404NotFound;

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Problem(Value).ExecuteAsync(httpContext);

    public static void PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(ProblemDetails), ContentTypes));
}
