using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CentcomTracker.Tests.Web;

/// <summary>
/// The same app on PostgreSQL (<c>Database:Provider=Postgres</c>), each host on its own database created from
/// TRACKER_TEST_POSTGRES (an admin connection string; ./scripts/test starts a throwaway server and sets it).
/// Several hosts may share one database (as instances of one site do); the database's owner drops it at the end.
/// </summary>
public sealed class PostgresFactory : TrackerFactory
{
    private readonly string database;
    private readonly bool owner;
    private readonly string? keyFolder;

    public PostgresFactory() : this(NewDatabaseName(), create: true, owner: true) { }

    /// <param name="create">Create the database first; otherwise the app finds it missing and must create it.</param>
    /// <param name="owner">Drop the database when this host is disposed.</param>
    /// <param name="keyFolder">
    /// The folder this host would keep data-protection keys in when the app names no key store, as an instance on
    /// its own machine would (the default folder is per user, so test hosts in one process would share it).
    /// </param>
    internal PostgresFactory(string database, bool create, bool owner, string? keyFolder = null) : base([])
    {
        this.database = database;
        this.owner = owner;
        this.keyFolder = keyFolder;
        if (create)
        {
            Admin($"CREATE DATABASE \"{database}\"");
        }

        PostgresConnectionString = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;
    }

    public static string NewDatabaseName() => "tracker_test_" + Guid.NewGuid().ToString("N");

    public string PostgresConnectionString { get; }

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("TRACKER_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("TRACKER_TEST_POSTGRES is not set: run the suite with ./scripts/test, which starts a PostgreSQL server.");

    public static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Tracker", PostgresConnectionString);
        if (keyFolder is not null)
        {
            builder.ConfigureServices(services => services.PostConfigure<KeyManagementOptions>(options =>
                options.XmlRepository ??= new FileSystemXmlRepository(new DirectoryInfo(keyFolder), NullLoggerFactory.Instance)));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && owner)
        {
            NpgsqlConnection.ClearAllPools();
            Admin($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }
}

public sealed class PostgresTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task On_PostgreSQL_the_migrations_apply_the_seed_loads_and_the_numbers_resolve_the_same()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/");
        Assert.Contains("153", page.QuerySelector("main")!.TextContent);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        Assert.IsType<PostgresTrackerDbContext>(db);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(SeedData.LoadEmbedded().Figures.Count, await db.Figures.CountAsync());

        var resolver = await db.LoadResolverAsync();
        var operations = resolver.Resolve("operations", "IQ+SY", Period.Parse("2024-H1"));
        Assert.Equal(196, operations.Value!.Value.Value);
        Assert.Equal(Agreement.Matches, Assert.Single(operations.Reconciliations, r => r.Kind == Derivation.SummedOverMembers).Agreement);
        Assert.Contains(await db.Figures.Where(f => f.Source!.Language == "ar").Select(f => f.Quote).ToListAsync(), q => q.Contains("153 هجوماً"));
    }

    [Fact]
    public async Task On_PostgreSQL_a_stale_version_is_refused()
    {
        using var client = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var figure = await db.Figures.FirstAsync();
        var staleVersion = figure.Version;

        figure.Note = "first editor";
        figure.Version = Guid.NewGuid();
        await db.SaveChangesAsync();

        db.ChangeTracker.Clear();
        var again = await db.Figures.FirstAsync(f => f.Id == figure.Id);
        db.Entry(again).Property(f => f.Version).OriginalValue = staleVersion;
        again.Note = "second editor";
        again.Version = Guid.NewGuid();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
    }
}

/// <summary>The import's prepared inserts on PostgreSQL, on a database of its own.</summary>
public sealed class PostgresImportTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task On_PostgreSQL_the_import_command_writes_its_rows_and_their_audit_under_one_data_version()
    {
        var before = await factory.CountsAsync();
        var path = Path.Combine(Path.GetTempPath(), $"centcomtracker-pg-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(path, ImportPage.Csv(ImportPage.Header,
            ImportPage.Row(period: "2031-01", value: "7", date: "2031-02-05"), ImportPage.Row(period: "2031-01", theatre: "SY", value: "3", date: "2031-02-05")));
        try
        {
            var (exit, _, error) = await factory.Services.RunCommandAsync("import", path);

            Assert.True(exit == 0, error);
            Assert.Equal((before.Figures + 2, before.Sources + 1, before.Audit + 3), await factory.CountsAsync());
            var versions = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Reason!.StartsWith("CSV import: centcomtracker-pg-"))
                .Select(a => a.RevisionId).Distinct().ToListAsync());
            var revision = await factory.QueryAsync(db => db.Set<Revision>().SingleAsync(r => r.Id == Assert.Single(versions)));
            Assert.Equal((2, 1), (revision.FiguresAdded, revision.SourcesAdded));
            Assert.Equal([3L, 7L], await factory.QueryAsync(db => db.Figures.Where(f => f.PeriodStart == new DateOnly(2031, 1, 1)).Select(f => f.Value).OrderBy(v => v).ToListAsync()));

            // Again: the source is now stored, read (and held) by the import's own transaction, and every row is unchanged.
            var (again, output, againError) = await factory.Services.RunCommandAsync("import", path);
            Assert.True(again == 0, againError);
            Assert.Contains("every row is already in the database", output);
            Assert.Equal((before.Figures + 2, before.Sources + 1, before.Audit + 3), await factory.CountsAsync());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
