namespace CentcomTracker.Web.Data;

/// <summary>
/// One change of a batch, in the audit trail's snapshot shape: a figure created, updated or deleted, the new source a
/// release or an import creates, or a source corrected. Updates and deletions carry the row's version the editor saw:
/// an approval after someone else changed the row is refused.
/// </summary>
public sealed class ProposedChange
{
    public long Id { get; set; }
    public long BatchId { get; set; }

    /// <summary>Order inside the batch: new sources first, so figures can name them by <see cref="SourceRef"/>.</summary>
    public int Seq { get; set; }
    public AuditAction Action { get; set; }
    public AuditEntity EntityType { get; set; }

    /// <summary>The figure (or source) updated or deleted; null for a creation.</summary>
    public int? TargetId { get; set; }
    public Guid? ExpectedVersion { get; set; }

    /// <summary>For a new figure of a new source: the <see cref="Seq"/> of that source's creation in this batch.</summary>
    public int? SourceRef { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
