using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentcomTracker.Web.Data;

public sealed class AnnotationConfiguration : IEntityTypeConfiguration<Annotation>
{
    public void Configure(EntityTypeBuilder<Annotation> annotation)
    {
        annotation.Property(a => a.Text).HasMaxLength(InputRules.MaxAnnotationText);
        annotation.Property(a => a.TextAr).HasMaxLength(InputRules.MaxAnnotationText);
        annotation.Property(a => a.TheatreCode).HasMaxLength(Limits.Code);
        annotation.Property(a => a.Quote).HasMaxLength(Limits.Quote);
        annotation.Property(a => a.Version).IsConcurrencyToken();
        annotation.HasOne<Theatre>().WithMany().HasForeignKey(a => a.TheatreCode).OnDelete(DeleteBehavior.Restrict);
        annotation.HasOne(a => a.Source).WithMany().HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.Restrict);
        annotation.HasIndex(a => a.Date);
    }
}
