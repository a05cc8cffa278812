namespace CentcomTracker.Web.Data;

/// <summary>The metrics and theatres, which every page, form and import reads.</summary>
public sealed class VocabularyCache(DataVersionWatch watch) : VersionedCache<VocabularyLookup>(watch)
{
    protected override Task<VocabularyLookup> LoadAsync(TrackerDbContext db, CancellationToken cancellationToken) =>
        VocabularyQueries.QueryVocabularyAsync(db, cancellationToken);
}
