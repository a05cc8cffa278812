using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace CentcomTracker.Web.Http;

/// <summary>
/// Marks a request whose form was refused for its antiforgery token (expired, or sent without the site's cookies), so
/// that the error page can say so and what to do; any other 400 keeps the plain wording.
/// </summary>
public static class AntiforgeryRefusals
{
    private static readonly object Key = new();

    public static void MarkAntiforgeryRefusals(this PageConventionCollection conventions) =>
        conventions.ConfigureFilter(new Marker());

    public static bool WasRefused(HttpContext context) => context.Items.ContainsKey(Key);

    // Runs for the result an authorization filter short-circuits with, which the antiforgery check is.
    private sealed class Marker : IAlwaysRunResultFilter
    {
        public void OnResultExecuting(ResultExecutingContext context)
        {
            if (context.Result is IAntiforgeryValidationFailedResult) context.HttpContext.Items[Key] = true;
        }

        public void OnResultExecuted(ResultExecutedContext context)
        {
        }
    }
}
