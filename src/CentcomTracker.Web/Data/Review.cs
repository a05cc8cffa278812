using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentcomTracker.Web.Data;

public enum ReviewState { Pending, Approved, Rejected }

/// <summary>
/// What one editor's save (a release, an edit, a deletion, a CSV import) would change, waiting for a second editor.
/// The figures table holds approved data only, so every public view stays as it was until the batch is approved;
/// approval applies it through the normal write path (<see cref="AuditTrail"/>) as one data version.
/// </summary>
public sealed class ReviewBatch
{
    public long Id { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string AuthorName { get; set; }
    public string? AuthorId { get; set; }
    public string? Reason { get; set; }
    public ReviewState State { get; set; }
    public string? ReviewerName { get; set; }
    public string? ReviewerId { get; set; }
    public DateTime? ReviewedAt { get; set; }

    /// <summary>Why the reviewer rejected the batch (required to reject).</summary>
    public string? RejectReason { get; set; }

    /// <summary>The data version the approval created.</summary>
    public long? RevisionId { get; set; }

    public List<ProposedChange> Changes { get; set; } = [];

    /// <summary>The same person, by account id where both have one, else by name.</summary>
    public bool IsAuthor(string? userId, string? userName) =>
        AuthorId is not null && userId is not null ? AuthorId == userId : string.Equals(AuthorName, userName, StringComparison.OrdinalIgnoreCase);
}

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

/// <summary>Both tables of the review; applied once for each entity type.</summary>
public sealed class ReviewConfiguration : IEntityTypeConfiguration<ReviewBatch>, IEntityTypeConfiguration<ProposedChange>
{
    public void Configure(EntityTypeBuilder<ReviewBatch> batch)
    {
        batch.ToTable("ReviewBatches");
        batch.Property(b => b.AuthorName).HasMaxLength(256);
        batch.Property(b => b.AuthorId).HasMaxLength(450);
        batch.Property(b => b.ReviewerName).HasMaxLength(256);
        batch.Property(b => b.ReviewerId).HasMaxLength(450);
        batch.Property(b => b.Reason).HasMaxLength(Limits.Note);
        batch.Property(b => b.RejectReason).HasMaxLength(Limits.Note);
        batch.Property(b => b.State).HasConversion<string>().HasMaxLength(16);
        batch.HasIndex(b => new { b.State, b.CreatedAt });
        batch.HasMany(b => b.Changes).WithOne().HasForeignKey(c => c.BatchId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ProposedChange> change)
    {
        change.ToTable("ProposedChanges");
        change.Property(c => c.Action).HasConversion<string>().HasMaxLength(16);
        change.Property(c => c.EntityType).HasConversion<string>().HasMaxLength(16);
        change.HasIndex(c => c.TargetId);
    }
}
