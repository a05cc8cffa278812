namespace CentcomTracker.Web.Pages.Figures;

/// <summary>The vocabulary the figure forms and filters offer, named in the reader's language.</summary>
public static class Choices
{
    // The rows of the one vocabulary query the pages and the API share (VocabularyQueries.LoadVocabularyAsync), named with Name().
    public static async Task<IReadOnlyList<MetricRow>> MetricChoicesAsync(this TrackerDbContext db, CancellationToken cancellationToken) =>
        (await db.LoadVocabularyAsync(cancellationToken)).Metrics;

    public static async Task<IReadOnlyList<TheatreRow>> TheatreChoicesAsync(this TrackerDbContext db, CancellationToken cancellationToken) =>
        (await db.LoadVocabularyAsync(cancellationToken)).Theatres;

    /// <summary>How many sources a form or filter lists: the newest, plus the one already chosen.</summary>
    public const int MaxSourceChoices = 200;

    /// <summary>
    /// The newest <see cref="MaxSourceChoices"/> sources, newest first (the one an editor wants is usually this
    /// month's), plus <paramref name="include"/> when it is older: a list of every source is a page of megabytes once
    /// imports bring thousands. A posted source outside the list is found through <paramref name="include"/>, so a
    /// form accepts any source that exists.
    /// </summary>
    public static async Task<IReadOnlyList<SourceChoice>> SourceChoicesAsync(this TrackerDbContext db, int? include,
        CancellationToken cancellationToken)
    {
        var rows = await db.Sources.AsNoTracking()
            .OrderByDescending(s => s.PublishedEnd).ThenBy(s => s.Publisher).ThenBy(s => s.Title)
            .Take(MaxSourceChoices)
            .Union(db.Sources.Where(s => s.Id == include))
            .Select(s => new { s.Id, s.Publisher, s.PublisherAr, s.Title, s.Published, s.Language })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(s => s.Published.End).ThenBy(s => s.Publisher, StringComparer.Ordinal).ThenBy(s => s.Title, StringComparer.Ordinal)
            .Select(s => new SourceChoice(s.Id, Names.Publisher(s.Publisher, s.PublisherAr), s.Title, s.Published, s.Language)).ToList();
    }

    public static IReadOnlyDictionary<string, MetricKind> Kinds(this IEnumerable<MetricRow> metrics) =>
        metrics.ToDictionary(m => m.Code, m => m.Kind, StringComparer.Ordinal);
}
