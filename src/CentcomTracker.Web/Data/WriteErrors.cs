using Microsoft.Data.Sqlite;
using Npgsql;

namespace CentcomTracker.Web.Data;

public static class WriteErrors
{
    /// <summary>
    /// Saves, turning the two refusals an editor can meet into a <see cref="SaveResult"/>: the version check (someone
    /// saved or deleted the row since the form was opened) and a unique key (someone saved the same figure or source
    /// between our check and our save). After a refusal nothing is tracked, so the page reads the current state afresh.
    /// </summary>
    public static async Task<SaveResult> TrySaveChangesAsync(this TrackerDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SaveResult.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SaveResult.ChangedMeanwhile;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            var figure = e.Entries.Count == 0 || e.Entries.Any(entry => entry.Entity is Figure);
            db.ChangeTracker.Clear();
            return SaveResult.DuplicateOf(figure
                ? new FieldError("period", "This source already has a figure for this metric, theatre and period: correct that one instead.")
                : new FieldError("source_title", "This source is already recorded: same publisher, title and date."));
        }
    }

    /// <summary>A unique index refused the row. SQLite reports SQLITE_CONSTRAINT_UNIQUE (2067), PostgreSQL 23505.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>The version the editor saw, not the one just read: the UPDATE or DELETE matches only if nobody saved in between.</summary>
    public static void ExpectVersion(this TrackerDbContext db, IEditable row, Guid version) =>
        db.Entry(row).Property(nameof(IEditable.Version)).OriginalValue = version;
}
