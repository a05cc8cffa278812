using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace CentcomTracker.Web.Provenance;

/// <summary>
/// Builds snapshots on demand and keeps the last few, keyed by the moment and the live data stamp (a change today
/// adds a later change to every past moment). Building reads the current rows and only the audit entries after the
/// moment, never the whole trail.
/// </summary>
public sealed class SnapshotStore(IServiceScopeFactory scopes, ILogger<SnapshotStore> logger)
{
    private const int Kept = 8;
    private readonly ConcurrentDictionary<(string, long), Lazy<Task<AsOfSnapshot?>>> entries = new();
    private readonly ConcurrentQueue<(string, long)> order = new();

    /// <summary>The snapshot, or null when the moment names a data version that does not exist.</summary>
    public async Task<AsOfSnapshot?> GetAsync(AsOf asOf, long stamp)
    {
        var key = (asOf.Label, stamp);
        var created = false;
        var lazy = entries.GetOrAdd(key, _ =>
        {
            created = true;
            return new Lazy<Task<AsOfSnapshot?>>(() => BuildAsync(asOf, stamp));
        });
        if (created)
        {
            order.Enqueue(key);
            while (order.Count > Kept && order.TryDequeue(out var old) && entries.TryRemove(old, out var evicted))
            {
                // A request still reading it holds its own connection; the memory goes with the last one.
                if (evicted.Value.IsCompletedSuccessfully) evicted.Value.Result?.Dispose();
            }
        }

        try
        {
            return await lazy.Value;
        }
        catch
        {
            entries.TryRemove(key, out _);
            throw;
        }
    }

    private async Task<AsOfSnapshot?> BuildAsync(AsOf asOf, long stamp)
    {
        await using var scope = scopes.CreateAsyncScope();
        var live = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var history = await History.ReadAsync(live, asOf);
        if (history is null) return null;

        var connection = new SqliteConnection($"Data Source=asof-{Guid.NewGuid():N};Mode=Memory;Cache=Shared;Foreign Keys=False;Pooling=False");
        await connection.OpenAsync();
        var snapshot = new AsOfSnapshot(asOf, history.Version, history.LaterChanges, connection)
        {
            DataBegan = history.Figures.Count == 0 && history.FirstEntered is { } began && asOf.EndUtc is { } end && end <= began ? began : null,
        };
        try
        {
            await using var db = snapshot.CreateContext();
            await db.Database.EnsureCreatedAsync();
            // Vocabulary is not audited: metrics and theatres are today's.
            await db.TheatreMembers.ExecuteDeleteAsync();
            await db.Theatres.ExecuteDeleteAsync();
            await db.Metrics.ExecuteDeleteAsync();
            db.Metrics.AddRange(await live.Metrics.AsNoTracking().ToListAsync());
            db.Theatres.AddRange(await live.Theatres.AsNoTracking().ToListAsync());
            db.TheatreMembers.AddRange(await live.TheatreMembers.AsNoTracking().ToListAsync());
            db.Sources.AddRange(history.Sources);
            db.Figures.AddRange(history.Figures);
            db.Annotations.AddRange(history.Annotations);
            await db.SaveChangesAsync();
            await db.DataVersions.ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, stamp));
            snapshot.Resolver = await db.LoadResolverAsync();
            logger.LogInformation("Rebuilt the data as of {AsOf}: {Figures} figures, {Later} later changes", asOf.Label, history.Figures.Count, history.LaterChanges);
            return snapshot;
        }
        catch
        {
            snapshot.Dispose();
            throw;
        }
    }
}
