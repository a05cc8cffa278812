using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CentcomTracker.Web.Pages.Account;

/// <summary>
/// Signing out is a POST with an antiforgery token, so a link or an image on another site cannot sign an editor out.
/// A GET only shows the button.
/// </summary>
public sealed class LogoutModel(SignInManager<IdentityUser> signIn, ILogger<LogoutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            logger.LogInformation("{User} signed out", User.Identity.Name);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
