using System.Data.Common;
using System.Runtime.CompilerServices;
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

    // Pragmas belong to the native connection, which the pool keeps between opens: set once per native handle, not on
    // every open (a request opens a pooled connection several times).
    private static readonly ConditionalWeakTable<object, object> Configured = [];

    private static string? PragmasFor(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && Configured.TryGetValue(handle, out _)) return null;
        return new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly ? Pragmas : WritePragmas;
    }

    private static void Remember(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) Configured.AddOrUpdate(handle, handle);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (PragmasFor(connection) is not { } pragmas) return;
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
        Remember(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (PragmasFor(connection) is not { } pragmas) return;
        await using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Remember(connection);
    }
}
