using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CentcomTracker.Web.Data;

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
