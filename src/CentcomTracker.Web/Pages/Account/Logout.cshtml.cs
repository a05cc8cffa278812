using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CentcomTracker.Web.Pages.Account;

/// <summary>
/// Signing out is a POST with an antiforgery token, so a link or an image on another site cannot sign an editor out.
/// A GET only shows the button. Signing out renews the account's security stamp, which every request checks: the
/// cookie stops working on every instance at once, and so do copies of it and the account's other sessions.
/// </summary>
public sealed class LogoutModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, ILogger<LogoutModel> logger) : PageModel
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

        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
