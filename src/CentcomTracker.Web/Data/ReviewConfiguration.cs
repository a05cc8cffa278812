using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentcomTracker.Web.Data;

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
        // One pending batch per proposal: two identical posts at the same moment both find no pending batch, and the
        // second insert fails here. Decided batches leave the index, so the same change can be proposed again.
        batch.Property(b => b.Fingerprint).HasMaxLength(64);
        batch.HasIndex(b => b.Fingerprint).IsUnique().HasFilter("\"State\" = 'Pending'");
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
