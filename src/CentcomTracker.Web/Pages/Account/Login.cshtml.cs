using System.ComponentModel.DataAnnotations;
using CentcomTracker.Web.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CentcomTracker.Web.Pages.Account;

[EnableRateLimiting(Accounts.LoginRateLimit)]
public sealed class LoginModel(
    SignInManager<IdentityUser> signIn,
    UserManager<IdentityUser> users,
    IStringLocalizer<EditorResource> text,
    ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Where to go after signing in: only a path on this site, never another host.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool LockedOut { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = ValidationMessages.Required)]
        [EmailAddress(ErrorMessage = ValidationMessages.Email)]
        [StringLength(256, ErrorMessage = ValidationMessages.MaxLength)]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = ValidationMessages.Required)]
        [StringLength(256, ErrorMessage = ValidationMessages.MaxLength)]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in on this device")]
        public bool RememberMe { get; set; }
    }

    public void OnGet()
    {
        ReturnUrl = SafeReturnUrl();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ReturnUrl = SafeReturnUrl();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is not null)
        {
            var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                logger.LogInformation("Editor {UserId} signed in", user.Id);
                return LocalRedirect(ReturnUrl);
            }

            if (result.IsLockedOut)
            {
                logger.LogWarning("Sign-in refused for {UserId}: account locked after repeated failures", user.Id);
                LockedOut = true;
                ModelState.AddModelError("", text["This account is locked after 5 failed sign-in attempts. Try again in 15 minutes, or ask an administrator."]);
                return Page();
            }
        }

        // The same words whether the email is unknown or the password wrong: the form must not reveal who has an account.
        logger.LogWarning("Failed sign-in for {Email}", email);
        ModelState.AddModelError("", text["The email or the password is not correct."]);
        return Page();
    }

    private string SafeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
