using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentcomTracker.Web.Data;

public sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> revision)
    {
        revision.Property(r => r.UserName).HasMaxLength(256);
        revision.Property(r => r.UserId).HasMaxLength(450);
        revision.Property(r => r.Reason).HasMaxLength(Limits.Note);
        revision.HasIndex(r => r.At);
        revision.HasMany<AuditEntry>().WithOne(a => a.Revision).HasForeignKey(a => a.RevisionId).OnDelete(DeleteBehavior.Restrict);
    }
}
