using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CentcomTracker.Tests.Web;

/// <summary>
/// The same app on PostgreSQL (<c>Database:Provider=Postgres</c>), each host on its own database created from
/// TRACKER_TEST_POSTGRES (an admin connection string; ./scripts/test starts a throwaway server and sets it).
/// </summary>
public sealed class PostgresFactory : TrackerFactory
{
    private readonly string database = "tracker_test_" + Guid.NewGuid().ToString("N");

    public PostgresFactory() : base([])
    {
        var admin = AdminConnectionString;
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        create.ExecuteNonQuery();
        PostgresConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
    }

    public string PostgresConnectionString { get; }

    private static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("TRACKER_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("TRACKER_TEST_POSTGRES is not set: run the suite with ./scripts/test, which starts a PostgreSQL server.");

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Tracker", PostgresConnectionString);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(AdminConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
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
        Assert.Equal(Agreement.Matches, Assert.Single(operations.Reconciliations).Agreement);
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
