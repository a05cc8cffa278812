using CentcomTracker.Bench;
using Microsoft.Data.Sqlite;

// Adds synthetic figures to an existing, migrated SQLite database (start the app on it once first).
if (args.Length != 2 || !int.TryParse(args[1], out var count) || count < 1)
{
    Console.Error.WriteLine("usage: SyntheticData DATABASE-FILE FIGURES");
    return 2;
}

using var connection = new SqliteConnection($"Data Source={args[0]}");
var started = DateTime.UtcNow;
var written = SyntheticFigures.Insert(connection, count);
Console.WriteLine($"{written} synthetic figures written to {args[0]} in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
return 0;
