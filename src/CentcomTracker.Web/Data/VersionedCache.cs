using System.Globalization;

namespace CentcomTracker.Web.Data;

/// <summary>
/// Keeps something built from the database while its stamp — the data version (<see cref="DataVersion"/>), and
/// whatever else the value depends on — stays the same. The version comes from the <see cref="DataVersionWatch"/>,
/// as for the output cache and the ETag, so a page's body, its cache key and its validator agree and a request costs
/// no query while the data stands still. Any change to a figure, source, metric or theatre — from this instance,
/// another one, or SQL typed by hand — raises the version, and the next request after it is seen builds afresh.
/// </summary>
public abstract class VersionedCache<T>(DataVersionWatch watch) where T : class
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile Entry? current;

    private sealed record Entry(string Stamp, T Value);

    protected abstract Task<T> LoadAsync(TrackerDbContext db, CancellationToken cancellationToken);

    /// <summary>What the cached value depends on besides the data: the data version alone unless a cache says more.</summary>
    protected virtual string Stamp(long version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value for the data as it stood at a past moment (<c>?asof=</c>): built from the snapshot each time unless a cache keeps it there.</summary>
    protected virtual Task<T> FromSnapshotAsync(AsOfSnapshot snapshot, TrackerDbContext db, CancellationToken cancellationToken) =>
        LoadAsync(db, cancellationToken);

    public async Task<T> GetAsync(TrackerDbContext db, CancellationToken cancellationToken = default)
    {
        if (db is SnapshotTrackerDbContext { Snapshot: { } snapshot })
        {
            return await FromSnapshotAsync(snapshot, db, cancellationToken);  // a past moment is never this cache's current value
        }

        var stamp = Stamp(await watch.CurrentAsync(db, cancellationToken));
        if (current is { } cached && cached.Stamp == stamp)
        {
            return cached.Value;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            // The stamp is read again now that this reader may load: while it waited, a save may have been followed by
            // a load of the newer data (the warm-up's, or another reader's). That one is kept and given out, never
            // replaced by a load labelled with the older stamp, which the next reader would have to load past once
            // more. A trusted reading costs no query.
            stamp = Stamp(await watch.CurrentAsync(db, cancellationToken));
            if (current is { } again && again.Stamp == stamp)
            {
                return again.Value;
            }

            var value = await LoadAsync(db, cancellationToken);
            current = new Entry(stamp, value);
            return value;
        }
        finally
        {
            loading.Release();
        }
    }
}
