namespace CentcomTracker.Web.Api;

/// <summary>Problem Details for things that do not exist: an unknown metric, theatre, source, figure or route.</summary>
internal static class ApiProblems
{
    public static NotFoundProblem Unknown(string parameter, string value, IEnumerable<string> known) =>
        NotFound(parameter, $"Unknown {parameter}", $"There is no {parameter} \"{value}\". Known: {string.Join(", ", known)}.");

    public static NotFoundProblem NotFound(string parameter, string title, string detail) => new(new ProblemDetails
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        Title = title,
        Status = StatusCodes.Status404NotFound,
        Detail = detail,
        Extensions = { ["parameter"] = parameter },
    });
}
