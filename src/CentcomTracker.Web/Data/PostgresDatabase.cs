using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CentcomTracker.Web.Data;

/// <summary>
/// SQLite creates its file on first use; PostgreSQL answers a missing database with an error (3D000). So the app
/// creates its PostgreSQL database itself when the server has none of that name, and turns the usual set-up mistakes
/// into one line saying what to do instead of a stack trace.
/// </summary>
public static class PostgresDatabase
{
    public static async Task EnsureExistsAsync(TrackerDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var creator = db.GetService<IRelationalDatabaseCreator>();
        try
        {
            if (await creator.ExistsAsync(cancellationToken))
            {
                return;
            }

            await creator.CreateAsync(cancellationToken);
            logger.LogInformation("Created the PostgreSQL database {Database} on {Host}", target.Database, target.Host);
        }
        catch (Exception e) when ((e as NpgsqlException ?? e.InnerException as NpgsqlException) is { } problem)
        {
            // EF's execution strategy wraps a failed connection in an InvalidOperationException.
            switch (problem)
            {
                case PostgresException { SqlState: PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation }:
                    return;  // another instance starting at the same moment created it first
                case PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege }:
                    throw new DatabaseSetupException(
                        $"The PostgreSQL database \"{target.Database}\" does not exist on {target.Host} and the user \"{target.Username}\" may not create it: " +
                        $"create it (createdb --owner={target.Username} {target.Database}) or grant the user CREATEDB, then start again.");
                case PostgresException refused when refused.SqlState.StartsWith("28", StringComparison.Ordinal):
                    throw new DatabaseSetupException(
                        $"PostgreSQL at {target.Host}:{target.Port} refused the user \"{target.Username}\" ({refused.MessageText}): check ConnectionStrings:Tracker.");
                case PostgresException:
                    throw;
                default:
                    throw new DatabaseSetupException(
                        $"Cannot reach PostgreSQL at {target.Host}:{target.Port} ({problem.InnerException?.Message ?? problem.Message}): " +
                        "check ConnectionStrings:Tracker and that the server is running.");
            }
        }
    }
}
