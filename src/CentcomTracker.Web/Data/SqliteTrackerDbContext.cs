namespace CentcomTracker.Web.Data;

/// <summary>The embedded default: one SQLite file in the app's data folder.</summary>
public sealed class SqliteTrackerDbContext(DbContextOptions<SqliteTrackerDbContext> options) : TrackerDbContext(options);
