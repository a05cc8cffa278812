using CentcomTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web;

public sealed class DatabaseTests
{
    [Fact]
    public void Neither_provider_has_model_changes_without_a_migration()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(sqlite.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add <Name> --context SqliteTrackerDbContext --output-dir Data/Migrations/Sqlite");

        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(postgres.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add <Name> --context PostgresTrackerDbContext --output-dir Data/Migrations/Postgres");
    }

    [Fact]
    public async Task Upgrading_takes_editors_addresses_out_of_reasons_recorded_by_approvals()
    {
        var file = Path.Combine(Path.GetTempPath(), $"centcomtracker-upgrade-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteTrackerDbContext(new DbContextOptionsBuilder<SqliteTrackerDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options);
            var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
            var all = db.Database.GetMigrations().ToList();
            var scrub = all.Single(m => m.EndsWith("_PublicReasonsNameNoEditor", StringComparison.Ordinal));
            await migrator.MigrateAsync(all[all.IndexOf(scrub) - 1]);

            // What approvals recorded before: the author's address in the public reason.
            var revision = new Revision { At = DateTime.UtcNow, UserName = "bob@example.org", Reason = "Approved change by alice@example.org: Typing error" };
            db.Revisions.AddRange(revision, new Revision { At = DateTime.UtcNow, UserName = "bob@example.org", Reason = "Approved change by alice@example.org" },
                new Revision { At = DateTime.UtcNow, UserName = "bob@example.org", Reason = "Corrected by hand: see the release" });
            await db.SaveChangesAsync();
            db.AuditEntries.Add(new AuditEntry
            {
                At = DateTime.UtcNow, UserName = "bob@example.org", Action = AuditAction.Update, EntityType = AuditEntity.Figure, EntityId = 1,
                Reason = "Approved change by alice@example.org: Typing error", RevisionId = revision.Id,
            });
            await db.SaveChangesAsync();

            await db.Database.MigrateAsync();
            Assert.Equal(["Approved change: Typing error", "Approved change", "Corrected by hand: see the release"],
                await db.Revisions.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Reason!).ToListAsync());
            Assert.Equal("Approved change: Typing error", await db.AuditEntries.AsNoTracking().Select(a => a.Reason).SingleAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task First_start_creates_migrates_and_seeds_the_database_file()
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();

        Assert.True(File.Exists(factory.DatabasePath));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(19, await db.Sources.CountAsync());
        Assert.Equal(SeedFacts().Figures.Count, await db.Figures.CountAsync());
        Assert.Equal(9, await db.Metrics.CountAsync());

        var journal = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        Assert.Equal("wal", Assert.Single(journal));
    }

    [Fact]
    public async Task Seeding_again_changes_nothing_and_keeps_an_editors_correction()
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();

        var figure = await db.Figures.FirstAsync(f => f.MetricCode == "operations" && f.TheatreCode == "IQ" && f.Value == 137);
        figure.Note = "Corrected by an editor.";
        var deleted = await db.Figures.FirstAsync(f => f.MetricCode == "killed" && f.TheatreCode == "SY" && f.Value == 466);
        db.Figures.Remove(deleted);
        await db.SaveChangesAsync();
        var count = await db.Figures.CountAsync();

        await scope.ServiceProvider.GetRequiredService<Seeder>().SeedAsync();
        await factory.Services.InitializeDatabaseAsync();

        db.ChangeTracker.Clear();
        Assert.Equal(count, await db.Figures.CountAsync());
        Assert.Equal("Corrected by an editor.", (await db.Figures.FindAsync(figure.Id))!.Note);
        Assert.Null(await db.Figures.FindAsync(deleted.Id));
    }

    [Fact]
    public async Task With_seeding_off_the_database_has_the_vocabulary_but_no_figures()
    {
        using var factory = TrackerFactory.With(("Database:Seed", "false"));
        using var client = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();

        Assert.Equal(0, await db.Figures.CountAsync());
        Assert.Equal(0, await db.Sources.CountAsync());
        Assert.Equal(
            ["attacks-claimed", "operations", "killed", "detained", "leaders-killed", "leaders-captured", "fighters-at-large", "detainees-held", "camp-population"],
            await db.Metrics.OrderBy(m => m.DisplayOrder).Select(m => m.Code).ToListAsync());
        Assert.Equal(["IQ", "SY"], await db.TheatreMembers.Where(m => m.TheatreCode == "IQ+SY").OrderBy(m => m.MemberCode).Select(m => m.MemberCode).ToListAsync());

        var page = await client.GetAsync("/");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task The_seed_keeps_every_quote_and_the_arabic_sentences_of_the_article()
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();

        Assert.False(await db.Figures.AnyAsync(f => f.Quote == ""));
        var article = await db.Sources.Include(s => s.Figures).SingleAsync(s => s.Language == "ar");
        Assert.Contains(article.Figures, f => f.Value == 153 && f.Quote.Contains("153 هجوماً في العراق وسوريا"));
        Assert.All(article.Figures, f => Assert.NotNull(f.Translation));
    }

    private static SeedData SeedFacts() => SeedData.LoadEmbedded();
}
