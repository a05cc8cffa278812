using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CentcomTracker.Web.Pages.Account;

[EnableRateLimiting(TrackerAccounts.LoginRateLimit)]
public sealed class LoginModel(
    TrackerSignInManager signIn,
    UserManager<IdentityUser> users,
    TimeProvider clock,
    IStringLocalizer<EditorResource> text,
    ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Where to go after signing in: only a path on this site, never another host.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Shown once, after a successful sign-in, when the account was locked while its owner was away.</summary>
    public LockoutNotes.Note? LockoutNote { get; private set; }

    public string? LockoutNotice { get; private set; }

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

        // One answer, in about the time of one password check, whether the address is unknown, the password wrong
        // or the account locked: the form must not reveal who has an account, nor that it is locked.
        var email = Input.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            signIn.VerifyDecoyPassword(Input.Password);
        }
        else
        {
            var wasLocked = await users.IsLockedOutAsync(user);
            if (wasLocked) signIn.VerifyDecoyPassword(Input.Password);
            var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                logger.LogInformation("Editor {UserId} signed in", user.Id);
                return await LockoutNotes.TakeAsync(users, user) is { } note ? ShowLockoutNote(note) : LocalRedirect(ReturnUrl);
            }

            if (result.IsLockedOut)
            {
                logger.LogWarning("Sign-in refused for {UserId}: account locked after repeated failures", user.Id);
                await LockoutNotes.RecordAsync(users, user, clock.GetUtcNow().UtcDateTime);
            }
        }

        logger.LogWarning("Failed sign-in for {Email}", email);
        ModelState.AddModelError("", text["The email or the password is not correct."]);
        return Page();
    }

    /// <summary>Signed in; before going on, the owner learns that someone ran into the lock while they were away.</summary>
    private PageResult ShowLockoutNote(LockoutNotes.Note note)
    {
        // The cookie handler answers a sign-in on the login path with a redirect to ReturnUrl; the note comes first.
        Response.StatusCode = StatusCodes.Status200OK;
        Response.Headers.Location = default;
        LockoutNote = note;
        LockoutNotice = text.Plural(note.Refused,
            "While you were away this account was locked after repeated wrong passwords, first on {0}; {1} sign-in attempt was refused while it was locked. If it was not yours, tell an administrator.",
            "While you were away this account was locked after repeated wrong passwords, first on {0}; {1} sign-in attempts were refused while it was locked. If they were not yours, tell an administrator.",
            Editing.Timestamp(note.FirstUtc), Display.Number(note.Refused)).Value;
        return Page();
    }

    private string SafeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
