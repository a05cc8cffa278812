using System.Security.Claims;

namespace CentcomTracker.Web.Data;

/// <summary>
/// Who is changing the data and why, for the audit entries the save writes (see <see cref="AuditTrail"/>). Scoped: a
/// request's actor is its signed-in editor; a command names itself with <see cref="ActAs"/>. Without an actor
/// (start-up seeding, a test's direct write) nothing is audited, as before.
/// </summary>
public sealed class AuditContext(IHttpContextAccessor http, TimeProvider clock)
{
    private (string Name, string? Id)? named;

    /// <summary>The editor's reason, or what the change is part of ("CSV import: figures.csv"); blank means none.</summary>
    public string? Reason { get; set; }

    /// <summary>
    /// Several saves in one transaction that make one change (an import: its sources, then its figures) share one data version
    /// instead of numbering each save.
    /// </summary>
    public bool OneDataVersion { get; set; }

    /// <summary>The data version the change being saved belongs to: created with its first audit entry.</summary>
    internal Revision? Revision { get; set; }

    internal DateTime Now => clock.GetUtcNow().UtcDateTime;

    public (string Name, string? Id)? Actor => named ?? SignedIn(http.HttpContext?.User);

    public void ActAs(string name, string? id = null) => named = (name, id);

    private static (string, string?)? SignedIn(ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true, Name: { } name } ? (name, user.FindFirstValue(ClaimTypes.NameIdentifier)) : null;
}
