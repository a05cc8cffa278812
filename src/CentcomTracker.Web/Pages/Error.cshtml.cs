using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CentcomTracker.Web.Pages;

/// <summary>
/// Re-executed for a failed request of any method (GET, POST, PUT…), so it describes the failure before any
/// handler would be chosen rather than in OnGet/OnPost.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }
    public string? RequestId { get; private set; }

    /// <summary>A form refused for its antiforgery token: it expired, or the browser sent no cookies.</summary>
    public bool FormRefused => Status == StatusCodes.Status400BadRequest && Http.AntiforgeryRefusals.WasRefused(HttpContext);

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        // The failed request's status, never one named in the address: "/Error?code=500" would have let anyone answer
        // themselves a server error, logged as one. Asked for directly, there is no page here.
        Status = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null ? StatusCodes.Status500InternalServerError
            : HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { OriginalStatusCode: >= 400 } failed ? failed.OriginalStatusCode
            : StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
