
namespace CentcomTracker.Web.Data;

/// <summary>
/// Keeps something built from the database while the data version (<see cref="DataVersion"/>) stays the same: a
/// request costs one tiny query instead of a reload. Any change to a figure, source, metric or theatre — from this
/// instance, another one, or SQL typed by hand — raises the version, and the next request builds afresh.
/// </summary>
public abstract class VersionedCache<T>(Func<TrackerDbContext, CancellationToken, Task<T>> load) where T : class
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile Entry? current;

    private sealed record Entry(long Version, T Value);

    public async Task<T> GetAsync(TrackerDbContext db, CancellationToken cancellationToken = default)
    {
        var version = await db.DataVersionAsync(cancellationToken);
        if (current is { } cached && cached.Version == version)
        {
            return cached.Value;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            if (current is { } again && again.Version == version)
            {
                return again.Value;
            }

            var value = await load(db, cancellationToken);
            current = new Entry(version, value);
            return value;
        }
        finally
        {
            loading.Release();
        }
    }
}

/// <summary>The resolver over every figure; values resolved for one page are ready for the next.</summary>
public sealed class ResolverCache() : VersionedCache<Resolver>((db, cancellationToken) => db.LoadResolverAsync(cancellationToken));

/// <summary>The metrics and theatres, which every page, form and import reads.</summary>
public sealed class VocabularyCache() : VersionedCache<VocabularyLookup>(VocabularyQueries.QueryVocabularyAsync);
