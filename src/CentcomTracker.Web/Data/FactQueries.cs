namespace CentcomTracker.Web.Data;

/// <summary>Queries shared by the pages and the API.</summary>
public static class FactQueries
{
    /// <summary>Every figure as the pure domain sees it, ready to resolve. One round trip per table; the data is small.</summary>
    public static async Task<Resolver> LoadResolverAsync(this TrackerDbContext db, DateOnly? today = null, CancellationToken cancellationToken = default)
    {
        var vocabulary = await db.LoadVocabularyAsync(cancellationToken);
        // Figures with their sources in one statement, so a source and its figures saved meanwhile arrive together.
        // Columns rather than entities (whose Period and Published every other query reads): this loads every figure,
        // and entities would bring every quote with them.
        var figures = await db.Figures.AsNoTracking()
            .Select(f => new
            {
                f.Id, f.MetricCode, f.TheatreCode, f.PeriodStart, f.PeriodEnd, f.Value, f.Qualifier, f.IsPeak, f.SourceId,
                f.Source!.Publisher, f.Source.Title, f.Source.PublishedStart, f.Source.PublishedEnd, f.Source.Tier,
                f.Source.Series, f.Source.PublisherAr,
            })
            .ToListAsync(cancellationToken);

        var sources = new Dictionary<int, SourceInfo>();
        return new Resolver(
            vocabulary.Metrics.Select(m => new MetricInfo(m.Code, m.Kind)),
            vocabulary.Theatres.Select(t => new TheatreInfo(t.Code, t.Members, t.Parent)),
            figures.Select(f => new ReportedFigure(f.Id, f.MetricCode, f.TheatreCode, Period.Between(f.PeriodStart, f.PeriodEnd),
                f.Value, f.Qualifier, sources.TryGetValue(f.SourceId, out var known) ? known : sources[f.SourceId] =
                    new SourceInfo(f.SourceId, f.Publisher, f.Title, Period.Between(f.PublishedStart, f.PublishedEnd), f.Tier, f.Series, f.PublisherAr),
                f.IsPeak)),
            today);
    }
}
