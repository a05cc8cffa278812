namespace CentcomTracker.Web.Data;

/// <summary>Lookups the editors' forms, the CSV import and the review share.</summary>
public static class SourceQueries
{
    /// <summary>The same document: publisher, title and publication date agree (the unique natural key).</summary>
    public static Task<Source?> FindByNaturalKeyAsync(this IQueryable<Source> sources, string publisher, string title, Period published,
        CancellationToken cancellationToken = default) =>
        sources.FirstOrDefaultAsync(s => s.Publisher == publisher && s.Title == title &&
            s.PublishedStart == published.Start && s.PublishedEnd == published.End, cancellationToken);

    /// <summary>
    /// The first of a source's figures whose period begins after <paramref name="published"/>: the rule a figure meets
    /// when written (<see cref="FigureRules.PublicationError"/>), checked from the source's side. Figures in
    /// <paramref name="except"/> do not count as stored (an approval changes or deletes them, and checks them itself).
    /// </summary>
    public static Task<Figure?> FirstBeginningAfterAsync(this IQueryable<Figure> figures, int sourceId, Period published, int[] except,
        CancellationToken cancellationToken = default) =>
        figures.Where(f => f.SourceId == sourceId && f.PeriodStart > published.End && !except.Contains(f.Id))
            .OrderBy(f => f.PeriodStart).ThenBy(f => f.Id).FirstOrDefaultAsync(cancellationToken);
}
