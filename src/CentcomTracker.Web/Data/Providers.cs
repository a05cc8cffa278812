using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CentcomTracker.Web.Data;

/// <summary>The embedded default: one SQLite file in the app's data folder.</summary>
public sealed class SqliteTrackerDbContext(DbContextOptions<SqliteTrackerDbContext> options) : TrackerDbContext(options);

/// <summary>For teams running several web instances on one shared database (<c>Database:Provider=Postgres</c>).</summary>
public sealed class PostgresTrackerDbContext(DbContextOptions<PostgresTrackerDbContext> options) : TrackerDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteTrackerDbContext</c> run without the app or a database.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTrackerDbContext>
{
    public SqliteTrackerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTrackerDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Design-time factory for the PostgreSQL migrations; no server is contacted to add a migration.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTrackerDbContext>
{
    public PostgresTrackerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTrackerDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}

/// <summary>
/// Every SQLite connection: write-ahead logging so readers never block the writer, a busy timeout so concurrent
/// writers wait instead of failing with "database is locked", and foreign keys enforced. A read-only connection (EF
/// opens one to see whether the file exists) cannot switch a restored copy to WAL, so it leaves the journal alone.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    // Statement journals (a trigger makes every insert need one) in memory rather than in a temporary file per statement.
    private const string Pragmas = "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;";
    private const string WritePragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; " + Pragmas;

    private static string For(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly ? Pragmas : WritePragmas;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = For(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = For(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
