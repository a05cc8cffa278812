using Microsoft.Data.Sqlite;

namespace CentcomTracker.Web.Data;

/// <summary>One rebuilt moment: what was asked, the data version then in force, how many changes came after, and the resolver over it.</summary>
public sealed class AsOfSnapshot(AsOf asOf, long version, int laterChanges, SqliteConnection keepAlive) : IDisposable
{
    public AsOf AsOf { get; } = asOf;
    public long Version { get; } = version;
    public int LaterChanges { get; } = laterChanges;
    public Resolver Resolver { get; set; } = null!;

    /// <summary>
    /// When the first figure was entered, if the moment comes before it: the database held nothing yet, which is not
    /// the same as nothing having been reported.
    /// </summary>
    public DateTime? DataBegan { get; set; }

    public SnapshotTrackerDbContext CreateContext() => new(
        new DbContextOptionsBuilder<SnapshotTrackerDbContext>().UseSqlite(keepAlive.ConnectionString).Options) { Snapshot = this };

    public void Dispose() => keepAlive.Dispose();
}
