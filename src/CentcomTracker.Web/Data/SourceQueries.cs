namespace CentcomTracker.Web.Data;

/// <summary>Lookups the editors' forms and the CSV import share.</summary>
public static class SourceQueries
{
    /// <summary>The same document: publisher, title and publication date agree (the unique natural key).</summary>
    public static Task<Source?> FindByNaturalKeyAsync(this IQueryable<Source> sources, string publisher, string title, Period published,
        CancellationToken cancellationToken = default) =>
        sources.FirstOrDefaultAsync(s => s.Publisher == publisher && s.Title == title &&
            s.PublishedStart == published.Start && s.PublishedEnd == published.End, cancellationToken);
}
