namespace CentcomTracker.Web.Data;

/// <summary>
/// The tracker's tables as they stood at a past moment, rebuilt from the audit trail into a private in-memory
/// database, so every read page and API route answers "as of" with its usual queries.
/// </summary>
public sealed class SnapshotTrackerDbContext(DbContextOptions<SnapshotTrackerDbContext> options) : TrackerDbContext(options)
{
    public AsOfSnapshot? Snapshot { get; init; }
}
