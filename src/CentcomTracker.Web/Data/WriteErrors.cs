using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CentcomTracker.Web.Data;

public static class WriteErrors
{
    /// <summary>
    /// A unique index refused the row: another editor saved the same figure (or source) between our check and our
    /// save. SQLite reports SQLITE_CONSTRAINT_UNIQUE (2067), PostgreSQL 23505.
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
