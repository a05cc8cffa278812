namespace CentcomTracker.Web.Api;

/// <summary>
/// Turns the resolver's answers into DTOs. The resolver knows figures by id; their quotes and sources are read
/// once per request for every figure an answer mentions. A sum over a long period lists its first parts and their
/// figures, with the totals and a link to the series that gives every part: a century of months stays a page, not megabytes.
/// </summary>
internal sealed class ResolutionMapping(IReadOnlyDictionary<int, FigureDto> figures)
{
    /// <summary>Parts and figures listed per value (as many as a page lists footnotes for one value).</summary>
    public const int Listed = 24;
    public const string ListedText = "24";

    /// <summary>
    /// Reconciliations listed per value, each with its listed parts and figures: a sum carries one for every total
    /// reported inside its period (a century, hundreds), so few are listed and the series breakdown gives every one.
    /// </summary>
    public const int ListedReconciliations = 6;
    public const string ListedReconciliationsText = "6";

    public static async Task<ResolutionMapping> LoadAsync(TrackerDbContext db, IEnumerable<Resolution> resolutions, CancellationToken cancellationToken)
    {
        var ids = resolutions.SelectMany(FigureIds).ToHashSet();
        var loaded = await db.Figures.AsNoTracking()
            .Where(f => ids.Contains(f.Id))
            .SelectFigureDtos()
            .ToListAsync(cancellationToken);
        return new ResolutionMapping(loaded.ToDictionary(f => f.Id));
    }

    /// <summary>
    /// Every figure a resolution mentions: its own, its alternatives', its parts' alternatives', its reconciliations',
    /// its last known level's and those of the wholes and parts it is inconsistent with.
    /// </summary>
    private static IEnumerable<int> FigureIds(Resolution r) =>
        ListedFigures(r).Select(f => f.Id)
            .Concat(r.Alternatives.SelectMany(FigureIds))
            .Concat(FirstParts(r.Parts).SelectMany(p => p.Alternatives).SelectMany(FigureIds))
            .Concat(ListedReconciliationsOf(r).SelectMany(rec => FigureIds(rec.Sum)))
            .Concat(r.LastKnown?.Figures.Select(f => f.Id) ?? [])
            .Concat(r.Inconsistencies.SelectMany(InconsistencyFigures).Select(f => f.Id));

    public ResolutionDto ToDto(Resolution r)
    {
        var figuresTotal = r.Figures.Select(f => f.Id).Distinct().Count();
        return new(
            r.Metric, r.Theatre, r.Period.Label,
            r.Value?.Value, r.Value?.Qualifier.Code(), r.How.Code(),
            Coverage(r.Coverage), r.AsOf?.Label, r.IsStale,
            Figures(ListedFigures(r)),
            FirstParts(r.Parts).Select(Part).ToList(),
            r.Alternatives.Select(a => Alternative(r, a)).ToList(),
            ListedReconciliationsOf(r).Select(rec => new ReconciliationDto(rec.Period.Label, rec.Kind.Code(),
                rec.Reported.Value, rec.Reported.Qualifier.Code(), rec.SumValue.Value, rec.SumValue.Qualifier.Code(),
                rec.Difference, rec.DifferenceQualifier?.Code(), rec.Agreement.Code(), FirstParts(rec.Sum.Parts).Select(Part).ToList(), Figures(ListedFigures(rec.Sum)), Coverage(rec.Sum.Coverage))).ToList(),
            r.IsStale ? r.AsOf?.Label : null,
            r.LastKnown is { Value: { } last } known
                ? new LastKnownDto(known.AsOf?.Label ?? "", last.Value, last.Qualifier.Code(), known.IsPeak, Figures(known.Figures))
                : null,
            r.Inconsistencies.Select(i => new InconsistencyDto(i.Kind.Code(), Part(i.Whole), Part(i.Part),
                i.PartSourceWhole is { } other ? Part(other) : null, Figures(InconsistencyFigures(i)))).ToList(),
            r.Parts.Count, figuresTotal, r.Reconciliations.Count, Breakdown(r, figuresTotal));
    }

    private static IEnumerable<Resolution> FirstParts(IReadOnlyList<Resolution> parts) => parts.Take(Listed);

    /// <summary>The value's own reconciliations first, then those of totals reported inside its period, in period order.</summary>
    private static IEnumerable<Reconciliation> ListedReconciliationsOf(Resolution r) =>
        r.Reconciliations.OrderBy(rec => rec.Period == r.Period ? 0 : 1).Take(ListedReconciliations);

    /// <summary>The figures of the listed parts (all of them when nothing is cut), at most <see cref="Listed"/>.</summary>
    private static IEnumerable<ReportedFigure> ListedFigures(Resolution r)
    {
        var figures = r.Parts.Count <= Listed ? r.Figures : FirstParts(r.Parts).SelectMany(p => p.Figures);
        return figures.DistinctBy(f => f.Id).Take(Listed);
    }

    /// <summary>
    /// The series that lists every part of a value cut short here: by month, or the finest unit that fits one request.
    /// A period too long for one request even by year (over 600 years) is narrowed to the years that hold its figures;
    /// when those too are too many, there is no link rather than one that would be refused.
    /// </summary>
    private static string? Breakdown(Resolution r, int figuresTotal)
    {
        if (r.Parts.Count <= Listed && figuresTotal <= Listed && r.Reconciliations.Count <= ListedReconciliations) return null;
        var span = r.Period;
        if (Granularity.Year.BucketCount(span) > ResolutionApi.MaxBuckets && r.Figures.Count > 0)
        {
            var first = new DateOnly(r.Figures.Min(f => f.Period.Start.Year), 1, 1);
            var last = new DateOnly(r.Figures.Max(f => f.Period.End.Year), 12, 31);
            span = Period.Between(first > span.Start ? first : span.Start, last < span.End ? last : span.End);
        }

        if (Granularities.All.Where(g => g.BucketCount(span) <= ResolutionApi.MaxBuckets).Select(g => (Granularity?)g).FirstOrDefault() is not { } unit)
        {
            return null;
        }

        return $"/api/series/{Uri.EscapeDataString(r.Metric)}?theatre={Uri.EscapeDataString(r.Theatre)}&granularity={unit.Code()}" +
            $"&from={span.Start:yyyy-MM-dd}&to={span.End:yyyy-MM-dd}";
    }

    private static IEnumerable<ReportedFigure> InconsistencyFigures(PartWhole i) =>
        i.Named.SelectMany(named => named.Figures).DistinctBy(f => f.Id);

    /// <summary>A series bucket's reconciliations, its own and its parts', without the figures (the bucket lists their ids).</summary>
    public static IReadOnlyList<SeriesReconciliationDto> SeriesReconciliations(Resolution r) =>
        r.AllReconciliations.Select(rec => new SeriesReconciliationDto(rec.Period.Label, rec.Kind.Code(),
            rec.Reported.Value, rec.Reported.Qualifier.Code(), rec.SumValue.Value, rec.SumValue.Qualifier.Code(),
            rec.Difference, rec.DifferenceQualifier?.Code(), rec.Agreement.Code(), Coverage(rec.Sum.Coverage))).ToList();

    public static IReadOnlyList<SeriesInconsistencyDto> SeriesInconsistencies(Resolution r) =>
        r.Inconsistencies.Select(i => new SeriesInconsistencyDto(i.Kind.Code(), i.Whole.Theatre, i.Whole.Value!.Value.Value, i.Whole.Value.Value.Qualifier.Code(),
            i.Part.Theatre, i.Part.Value!.Value.Value, i.Part.Value.Value.Qualifier.Code(),
            i.PartSourceWhole?.Value?.Value, i.PartSourceWhole?.Value?.Qualifier.Code(),
            InconsistencyFigures(i).Select(f => f.Id).ToList())).ToList();

    public static SeriesLastKnownDto? SeriesLastKnown(Resolution r) => r.LastKnown is { Value: { } v } last
        ? new SeriesLastKnownDto(last.AsOf?.Label ?? "", v.Value, v.Qualifier.Code(), last.IsPeak, last.Figures.Select(f => f.Id).ToList())
        : null;

    public static CoverageDto? Coverage(Coverage? c) =>
        c is null ? null : new CoverageDto(c.CoveredDays, c.TotalDays, c.CoveredMonths, c.TotalMonths, c.IsComplete);

    /// <summary>A part with what other sources give for it: June 2023's 37 operations, and Task &amp; Purpose's 44.</summary>
    public PartDto Part(Resolution p) => new(p.Theatre, p.Period.Label, p.Value?.Value, p.Value?.Qualifier.Code(), p.How.Code(),
        Coverage(p.Coverage), ListedFigures(p).Select(f => f.Id).ToList(), p.Alternatives.Select(a => Alternative(p, a)).ToList());

    private AlternativeDto Alternative(Resolution main, Resolution a) => new(a.Period.Label, a.Value?.Value, a.Value?.Qualifier.Code(), a.How.Code(),
        Coverage(a.Coverage), FirstParts(a.Parts).Select(Part).ToList(), Figures(ListedFigures(a)), Relations.Of(main, a).Code(), a.IsComputed);

    // A figure deleted between loading the resolver and loading quotes is simply left out, never invented.
    private List<FigureDto> Figures(IEnumerable<ReportedFigure> used) =>
        used.Select(f => f.Id).Distinct().Select(id => figures.GetValueOrDefault(id)).OfType<FigureDto>().ToList();
}
