using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace CentcomTracker.Web.Data;

/// <summary>
/// The provider-neutral model; each provider has a small subclass with its own migrations. Identity's store options
/// stay at their defaults: changing them changes the model, which the design-time factories would not see.
/// The data-protection key ring (which signs sign-in cookies and antiforgery tokens) is kept here too, so every
/// instance on a shared database uses the same keys.
/// </summary>
public abstract class TrackerDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<Metric> Metrics => Set<Metric>();
    public DbSet<Theatre> Theatres => Set<Theatre>();
    public DbSet<TheatreMember> TheatreMembers => Set<TheatreMember>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Figure> Figures => Set<Figure>();
    public DbSet<SeedRun> SeedRuns => Set<SeedRun>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataVersion> DataVersions => Set<DataVersion>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<ReviewBatch> ReviewBatches => Set<ReviewBatch>();
    public DbSet<ProposedChange> ProposedChanges => Set<ProposedChange>();
    public DbSet<Annotation> Annotations => Set<Annotation>();

    /// <summary>The audit trail is append-only: an attempt to change or remove an entry fails the whole save.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries are append-only.");
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        modelBuilder.Entity<Metric>(metric =>
        {
            metric.HasKey(m => m.Code);
            metric.Property(m => m.Code).HasMaxLength(Limits.Code);
            metric.Property(m => m.Kind).HasConversion(k => k.Code(), s => s == "level" ? MetricKind.Level : MetricKind.Count).HasMaxLength(10);
            metric.Property(m => m.Category).HasConversion<string>().HasMaxLength(40);
            metric.Property(m => m.NameEn).HasMaxLength(Limits.Name);
            metric.Property(m => m.NameAr).HasMaxLength(Limits.Name);
            metric.Property(m => m.UnitEn).HasMaxLength(Limits.Name);
            metric.Property(m => m.UnitAr).HasMaxLength(Limits.Name);
            metric.Property(m => m.DescriptionEn).HasMaxLength(Limits.Note);
            metric.Property(m => m.DescriptionAr).HasMaxLength(Limits.Note);
            metric.HasData(Vocabulary.Metrics);
        });

        modelBuilder.Entity<Theatre>(theatre =>
        {
            theatre.HasKey(t => t.Code);
            theatre.Property(t => t.Code).HasMaxLength(Limits.Code);
            theatre.Property(t => t.NameEn).HasMaxLength(Limits.Name);
            theatre.Property(t => t.NameAr).HasMaxLength(Limits.Name);
            theatre.Property(t => t.ParentCode).HasMaxLength(Limits.Code);
            theatre.HasOne<Theatre>().WithMany().HasForeignKey(t => t.ParentCode).OnDelete(DeleteBehavior.Restrict);
            theatre.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TheatreCode).OnDelete(DeleteBehavior.Cascade);
            theatre.HasData(Vocabulary.Theatres);
        });

        modelBuilder.Entity<TheatreMember>(member =>
        {
            member.HasKey(m => new { m.TheatreCode, m.MemberCode });
            member.Property(m => m.TheatreCode).HasMaxLength(Limits.Code);
            member.Property(m => m.MemberCode).HasMaxLength(Limits.Code);
            member.HasOne<Theatre>().WithMany().HasForeignKey(m => m.MemberCode).OnDelete(DeleteBehavior.Restrict);
            member.HasData(Vocabulary.TheatreMembers);
        });

        modelBuilder.Entity<Source>(source =>
        {
            source.Property(s => s.Publisher).HasMaxLength(Limits.Name);
            source.Property(s => s.PublisherAr).HasMaxLength(Limits.Name);
            source.Property(s => s.Series).HasMaxLength(64);
            source.Property(s => s.Title).HasMaxLength(Limits.Title);
            source.Property(s => s.Url).HasMaxLength(Limits.Url);
            source.Property(s => s.Language).HasMaxLength(InputRules.MaxLanguage);
            source.Property(s => s.Tier).HasConversion(t => t.Code(), s => ParseTier(s)).HasMaxLength(16);
            source.Property(s => s.Note).HasMaxLength(Limits.Note);
            source.Property(s => s.Version).IsConcurrencyToken();
            source.Ignore(s => s.Published);
            // A source is the same document when publisher, title and publication date agree.
            source.HasIndex(s => new { s.Publisher, s.Title, s.PublishedStart, s.PublishedEnd }).IsUnique();
        });

        modelBuilder.Entity<Figure>(figure =>
        {
            figure.Property(f => f.MetricCode).HasMaxLength(Limits.Code);
            figure.Property(f => f.TheatreCode).HasMaxLength(Limits.Code);
            figure.Property(f => f.Qualifier).HasConversion(q => q.Code(), s => Qualifiers.Parse(s)).HasMaxLength(16);
            figure.Property(f => f.Quote).HasMaxLength(Limits.Quote);
            figure.Property(f => f.Translation).HasMaxLength(Limits.Quote);
            figure.Property(f => f.Note).HasMaxLength(Limits.Note);
            figure.Property(f => f.Version).IsConcurrencyToken();
            figure.Ignore(f => f.Period);
            figure.HasOne(f => f.Metric).WithMany().HasForeignKey(f => f.MetricCode).OnDelete(DeleteBehavior.Restrict);
            figure.HasOne(f => f.Theatre).WithMany().HasForeignKey(f => f.TheatreCode).OnDelete(DeleteBehavior.Restrict);
            figure.HasOne(f => f.Source).WithMany(s => s.Figures).HasForeignKey(f => f.SourceId).OnDelete(DeleteBehavior.Restrict);
            // One source reports one number for one metric, theatre and period.
            figure.HasIndex(f => new { f.MetricCode, f.TheatreCode, f.PeriodStart, f.PeriodEnd, f.SourceId }).IsUnique();
            figure.HasIndex(f => new { f.PeriodStart, f.PeriodEnd });
        });

        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.Property(a => a.UserName).HasMaxLength(256);  // Identity's own limit for user names and emails
            entry.Property(a => a.UserId).HasMaxLength(450);
            entry.Property(a => a.Action).HasConversion<string>().HasMaxLength(16);
            entry.Property(a => a.EntityType).HasConversion<string>().HasMaxLength(16);
            entry.Property(a => a.Reason).HasMaxLength(Limits.Note);
            entry.HasIndex(a => new { a.EntityType, a.EntityId });
            entry.HasIndex(a => a.At);
        });

        modelBuilder.ApplyConfiguration(new RevisionConfiguration());
        modelBuilder.ApplyConfiguration<ReviewBatch>(new ReviewConfiguration()).ApplyConfiguration<ProposedChange>(new ReviewConfiguration());
        modelBuilder.ApplyConfiguration(new AnnotationConfiguration());

        modelBuilder.Entity<DataVersion>(version =>
        {
            version.ToTable("DataVersion");
            version.Property(v => v.Id).ValueGeneratedNever();
            version.HasData(new DataVersion { Id = DataVersionId, Version = 0 });
        });

        modelBuilder.Entity<SeedRun>(run =>
        {
            run.HasKey(r => r.Name);
            run.Property(r => r.Name).HasMaxLength(Limits.Name);
        });
    }

    /// <summary>The one row of <see cref="DataVersion"/>.</summary>
    public const int DataVersionId = 1;

    /// <summary>The number the database raises on every change to a figure, source, metric or theatre.</summary>
    public async Task<long> DataVersionAsync(CancellationToken cancellationToken = default) =>
        (await DataStampAsync(cancellationToken)).Version;

    /// <summary>
    /// The data version and the latest numbered change in one statement: the change is the newest one the data of that
    /// version includes, which is what a permalink beside that data pins.
    /// </summary>
    public Task<DataStamp> DataStampAsync(CancellationToken cancellationToken = default) =>
        DataVersions.AsNoTracking().Where(v => v.Id == DataVersionId)
            .Select(v => new DataStamp(v.Version, Revisions.Max(r => (long?)r.Id) ?? 0))
            .SingleAsync(cancellationToken);

    /// <summary>The number of the latest numbered change (a <see cref="Revision"/>), 0 before any: <c>asof=v0</c> is the seed.</summary>
    public async Task<long> LatestRevisionAsync(CancellationToken cancellationToken = default) =>
        await Revisions.MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;

    private static SourceTier ParseTier(string code) => DomainCodes.TryParseTier(code, out var tier) ? tier : SourceTier.Secondary;
}
