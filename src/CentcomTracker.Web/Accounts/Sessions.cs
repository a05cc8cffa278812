using System.Globalization;
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

/// <summary>
/// A lockout is told to the account's owner, not to whoever typed the address: each refused attempt on a locked
/// account is counted in a note kept with the account (Identity's token store), shown to the owner after their
/// next successful sign-in, then cleared. Operators also see each refusal in the log.
/// </summary>
public static class LockoutNotes
{
    private const string Provider = "CentcomTracker";
    private const string Name = "LockoutNote";

    public sealed record Note(DateTime FirstUtc, int Refused);

    public static async Task RecordAsync(UserManager<IdentityUser> users, IdentityUser user, DateTime nowUtc)
    {
        var note = await ReadAsync(users, user);
        var updated = note is null ? new Note(nowUtc, 1) : note with { Refused = note.Refused + 1 };
        await users.SetAuthenticationTokenAsync(user, Provider, Name,
            string.Create(CultureInfo.InvariantCulture, $"{updated.FirstUtc:O} {updated.Refused}"));
    }

    /// <summary>The note, if any, removed so that it is shown once.</summary>
    public static async Task<Note?> TakeAsync(UserManager<IdentityUser> users, IdentityUser user)
    {
        var note = await ReadAsync(users, user);
        if (note is not null) await users.RemoveAuthenticationTokenAsync(user, Provider, Name);
        return note;
    }

    private static async Task<Note?> ReadAsync(UserManager<IdentityUser> users, IdentityUser user)
    {
        var parts = (await users.GetAuthenticationTokenAsync(user, Provider, Name))?.Split(' ');
        return parts is [var first, var refused]
            && DateTime.TryParse(first, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var firstUtc)
            && int.TryParse(refused, CultureInfo.InvariantCulture, out var count)
            ? new Note(firstUtc, count)
            : null;
    }
}
