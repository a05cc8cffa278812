using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CentcomTracker.Web.Accounts;

/// <summary>
/// Identity's sign-in, with two changes: a session ends as soon as its account is locked (the security stamp is
/// checked on every request, see <see cref="TrackerAccounts.AddTrackerAccounts"/>), and sign-in answers take as long for an
/// unknown address or a locked account as for a wrong password, so timing does not reveal who has an account.
/// </summary>
public sealed class TrackerSignInManager(
    UserManager<IdentityUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<IdentityUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<IdentityUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<IdentityUser> confirmation)
    : SignInManager<IdentityUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    private static string? decoyHash;

    /// <summary>A changed stamp (sign-out, new password), a removed account, or a lockout: the cookie is refused.</summary>
    public override async Task<IdentityUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await UserManager.IsLockedOutAsync(user) ? null : user;
    }

    /// <summary>
    /// Spends the time of one password verification, as a wrong password does: for an unknown address, and for a
    /// locked account (which Identity refuses before hashing).
    /// </summary>
    public void VerifyDecoyPassword(string password)
    {
        var decoy = new IdentityUser();
        decoyHash ??= UserManager.PasswordHasher.HashPassword(decoy, Guid.NewGuid().ToString("N"));
        UserManager.PasswordHasher.VerifyHashedPassword(decoy, decoyHash, password);
    }
}
