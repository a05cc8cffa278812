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

    // How many OneChange scopes are open: while any is, saves share one data version.
    private int changes;

    /// <summary>
    /// Makes the saves until the returned scope is disposed one change under one data version (an import: its sources,
    /// then its figures) instead of numbering each save; a scope opened inside another joins the outer change.
    /// </summary>
    public IDisposable OneChange()
    {
        if (changes++ == 0) Revision = null;
        return new ChangeScope(this);
    }

    internal bool InOneChange => changes > 0;

    /// <summary>The data version the change being saved belongs to: created with its first audit entry.</summary>
    internal Revision? Revision { get; set; }

    internal DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>True when no HTTP request is being served: a command, in a process of its own.</summary>
    internal bool OutsideRequest => http.HttpContext is null;

    public (string Name, string? Id)? Actor => named ?? SignedIn(http.HttpContext?.User);

    public void ActAs(string name, string? id = null) => named = (name, id);

    private static (string, string?)? SignedIn(ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true, Name: { } name } ? (name, user.FindFirstValue(ClaimTypes.NameIdentifier)) : null;

    private sealed class ChangeScope(AuditContext audit) : IDisposable
    {
        private bool disposed;

        public void Dispose()
        {
            if (!disposed) audit.changes--;
            disposed = true;
        }
    }
}
