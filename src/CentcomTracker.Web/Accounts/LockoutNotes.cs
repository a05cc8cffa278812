using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace CentcomTracker.Web.Accounts;

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
