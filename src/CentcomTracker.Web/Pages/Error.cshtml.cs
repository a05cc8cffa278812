using System.Diagnostics;
using System.Globalization;
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

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var failed = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        Status = int.TryParse(Request.Query["code"], NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? code
            : failed ? 500 : HttpContext.Response.StatusCode;
        if (Status < 400) Status = 404;  // /Error asked for directly
        Response.StatusCode = Status;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
