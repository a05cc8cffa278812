using CentcomTracker.Web.Domain;
using CentcomTracker.Web.Web;

namespace CentcomTracker.Web.Data;

/// <summary>
/// Keeps the resolver built from the database while the data version (<see cref="DataVersion"/>) stays
/// the same, so a request costs one small query instead of loading every figure, and values resolved for one page
/// are ready for the next. Any change to a figure, source, metric or theatre — from this instance, another one, or
/// SQL typed by hand — changes the version,
/// and the next request loads afresh.
/// </summary>
public sealed class ResolverCache
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile Entry? current;

    private sealed record Entry(string Stamp, Resolver Resolver);

    public async Task<Resolver> GetAsync(TrackerDbContext db, CancellationToken cancellationToken = default)
    {
        if (db is Provenance.SnapshotTrackerDbContext { Snapshot: { } snapshot })
        {
            return snapshot.Resolver;  // a past moment has its own resolver, built once with it
        }

        var stamp = await FiguresCache.DataStampAsync(db, cancellationToken);
        if (current is { } cached && cached.Stamp == stamp)
        {
            return cached.Resolver;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            if (current is { } again && again.Stamp == stamp)
            {
                return again.Resolver;
            }

            var resolver = await db.LoadResolverAsync(cancellationToken);
            current = new Entry(stamp, resolver);
            return resolver;
        }
        finally
        {
            loading.Release();
        }
    }
}
