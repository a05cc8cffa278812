using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CentcomTracker.Web.Pages.Account;

/// <summary>Signed in, but without the Editor role: the page says so with a 403, so scripts see the refusal too.</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
