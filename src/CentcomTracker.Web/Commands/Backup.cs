using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using CentcomTracker.Web.Data;

namespace CentcomTracker.Web.Commands;

/// <summary>
/// <c>backup FILE</c>: a complete copy of the SQLite database — figures, sources, accounts, the audit trail and the
/// sign-in key ring — taken while the app runs. SQLite's <c>VACUUM INTO</c> writes one consistent snapshot (readers
/// and the writer go on meanwhile); it goes to a temporary file beside the target, is checked, and only then moved
/// into place, so a failed backup never leaves half a file. The copy opens as the app's database as it is.
/// On PostgreSQL the tool is pg_dump; the command says so and exits with 1.
/// </summary>
public static class Backup
{
    public const string Usage = "backup FILE   (SQLite: a complete copy while the app runs; PostgreSQL: use pg_dump)";

    public const string PostgresAdvice =
        "on PostgreSQL, back up with pg_dump: pg_dump --format=custom --file=FILE \"DATABASE-URL\" (restore with pg_restore --dbname=... FILE); see the README.";

    public static async Task<int> RunAsync(IServiceProvider services, string[] arguments, TextReader input, TextWriter output, TextWriter error)
    {
        var files = arguments.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var target = files.Count == 1 ? Path.GetFullPath(files[0]) : throw new CommandException("give exactly one file to write.");
        var db = services.GetRequiredService<TrackerDbContext>();
        if (db.Database.GetDbConnection() is not SqliteConnection sqlite)
        {
            await error.WriteLineAsync($"backup: {PostgresAdvice}");
            return 1;
        }

        var database = Path.GetFullPath(new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource);
        if (!File.Exists(database))
        {
            // Opening it would create an empty database, and a backup of nothing is no backup.
            throw new CommandException($"there is no database at {database}; check ConnectionStrings:Tracker.");
        }

        if (target == database)
        {
            throw new CommandException("the backup cannot replace the database it copies.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".partial";
        File.Delete(temporary);
        try
        {
            await db.Database.ExecuteSqlAsync($"VACUUM INTO {temporary}");
            if (!OperatingSystem.IsWindows())
            {
                // It holds password hashes and the key ring that signs sign-in cookies: for its owner's eyes only.
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            var counts = await CheckAsync(temporary);
            File.Move(temporary, target, overwrite: true);
            await output.WriteLineAsync($"Backed up {Count(counts.Figures, "{0} figure", "{0} figures")}, {Count(counts.Sources, "{0} source", "{0} sources")}, "
                + $"{Count(counts.Users, "{0} account", "{0} accounts")} and {Count(counts.Audit, "{0} audit entry", "{0} audit entries")} to {target}.");
            return 0;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    // "1 figure", "2 figures": the command speaks English only.
    private static string Count(long count, string one, string other) => Message.Counted(count, one, other, count).ToString();

    private static async Task<(long Figures, long Sources, long Users, long Audit)> CheckAsync(string path)
    {
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        await copy.OpenAsync();

        async Task<object?> ScalarAsync(string sql)
        {
            await using var command = copy.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteScalarAsync();
        }

        if (await ScalarAsync("PRAGMA quick_check") is not "ok")
        {
            throw new InvalidOperationException($"The copy at {path} failed SQLite's check; the backup was not kept.");
        }

        async Task<long> CountAsync(string table) => (long)(await ScalarAsync($"SELECT COUNT(*) FROM \"{table}\""))!;
        return (await CountAsync("Figures"), await CountAsync("Sources"), await CountAsync("AspNetUsers"), await CountAsync("AuditEntries"));
    }
}
