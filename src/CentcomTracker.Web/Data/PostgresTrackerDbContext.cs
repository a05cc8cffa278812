namespace CentcomTracker.Web.Data;

/// <summary>For teams running several web instances on one shared database (<c>Database:Provider=Postgres</c>).</summary>
public sealed class PostgresTrackerDbContext(DbContextOptions<PostgresTrackerDbContext> options) : TrackerDbContext(options);
