namespace CentcomTracker.Web.Data;

/// <summary>
/// One change of a batch, in the audit trail's snapshot shape: a figure created, updated or deleted, or the new source
/// a release or an import creates. Updates and deletions carry the figure's version the editor saw: an approval after
/// someone else changed the figure is refused.
/// </summary>
public sealed class ProposedChange
{
    public long Id { get; set; }
    public long BatchId { get; set; }

    /// <summary>Order inside the batch: new sources first, so figures can name them by <see cref="SourceRef"/>.</summary>
    public int Seq { get; set; }
    public AuditAction Action { get; set; }
    public AuditEntity EntityType { get; set; }

    /// <summary>The figure updated or deleted; null for a creation.</summary>
    public int? TargetId { get; set; }
    public Guid? ExpectedVersion { get; set; }

    /// <summary>For a new figure of a new source: the <see cref="Seq"/> of that source's creation in this batch.</summary>
    public int? SourceRef { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
