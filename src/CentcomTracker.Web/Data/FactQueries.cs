namespace CentcomTracker.Web.Data;

/// <summary>Queries shared by the pages and the API.</summary>
public static class FactQueries
{
    /// <summary>Every figure as the pure domain sees it, ready to resolve. Two queries: the figures' columns, then the sources.</summary>
    public static async Task<Resolver> LoadResolverAsync(this TrackerDbContext db, DateOnly? today = null, CancellationToken cancellationToken = default)
    {
        var vocabulary = await db.LoadVocabularyAsync(cancellationToken);
        // Columns rather than entities (whose Period and Published every other query reads): this loads every figure,
        // and entities would bring every quote with them. The sources come in a second query, once each rather than
        // once per figure (a join repeated every title 100,000 times at scale). They are read after the figures, so
        // every source a figure names is there, unless it was deleted in between with its figures (or by hand, with
        // foreign keys off): such figures are left out, as the join left them out.
        var figures = await db.Figures.AsNoTracking()
            .Select(f => new { f.Id, f.MetricCode, f.TheatreCode, f.PeriodStart, f.PeriodEnd, f.Value, f.Qualifier, f.IsPeak, f.SourceId })
            .ToListAsync(cancellationToken);
        var sources = await db.Sources.AsNoTracking()
            .Select(s => new { s.Id, s.Publisher, s.Title, s.PublishedStart, s.PublishedEnd, s.Tier, s.Series, s.PublisherAr })
            .ToDictionaryAsync(
                s => s.Id,
                s => new SourceInfo(s.Id, s.Publisher, s.Title, Period.Between(s.PublishedStart, s.PublishedEnd), s.Tier, s.Series, s.PublisherAr),
                cancellationToken);

        // A metric's or theatre's code repeats on every figure: one string each is kept, not one per figure.
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        string Pooled(string code) => codes.TryGetValue(code, out var known) ? known : codes[code] = code;
        return new Resolver(
            vocabulary.Metrics.Select(m => new MetricInfo(m.Code, m.Kind)),
            vocabulary.Theatres.Select(t => new TheatreInfo(t.Code, t.Members, t.Parent)),
            figures.Select(f => sources.TryGetValue(f.SourceId, out var source)
                    ? new ReportedFigure(f.Id, Pooled(f.MetricCode), Pooled(f.TheatreCode), Period.Between(f.PeriodStart, f.PeriodEnd),
                        f.Value, f.Qualifier, source, f.IsPeak)
                    : null)
                .OfType<ReportedFigure>(),
            today);
    }
}
