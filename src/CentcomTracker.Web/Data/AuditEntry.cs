namespace CentcomTracker.Web.Data;

/// <summary>
/// One change to a figure or a source: who, when, what it was before and after (JSON snapshots), and why.
/// Written by <see cref="AuditTrail"/> on every save; append-only (enforced by <see cref="TrackerDbContext"/>); an entry outlives the row it describes.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    public AuditAction Action { get; set; }
    public AuditEntity EntityType { get; set; }
    public int EntityId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? Reason { get; set; }

    /// <summary>The data version this change belongs to (null for entries written before versions were numbered).</summary>
    public long? RevisionId { get; set; }
    public Revision? Revision { get; set; }
}
