using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Api;

/// <summary>
/// Turns the resolver's answers into DTOs. The resolver knows figures by id; their quotes and sources are read
/// once per request for every figure an answer mentions.
/// </summary>
internal sealed class ResolutionMapping(IReadOnlyDictionary<int, FigureDto> figures)
{
    public static async Task<ResolutionMapping> LoadAsync(TrackerDbContext db, IEnumerable<Resolution> resolutions, CancellationToken cancellationToken)
    {
        var ids = resolutions.SelectMany(FigureIds).ToHashSet();
        var loaded = await db.Figures.AsNoTracking()
            .Where(f => ids.Contains(f.Id))
            .SelectFigureDtos()
            .ToListAsync(cancellationToken);
        return new ResolutionMapping(loaded.ToDictionary(f => f.Id));
    }

    /// <summary>Every figure a resolution mentions: its own, its alternatives', its parts' alternatives' and its reconciliations'.</summary>
    private static IEnumerable<int> FigureIds(Resolution r) =>
        r.Figures.Select(f => f.Id)
            .Concat(r.Alternatives.SelectMany(FigureIds))
            .Concat(r.Parts.SelectMany(p => p.Alternatives).SelectMany(FigureIds))
            .Concat(r.Reconciliations.SelectMany(rec => FigureIds(rec.Sum)));

    public ResolutionDto ToDto(Resolution r) => new(
        r.Metric, r.Theatre, r.Period.Label,
        r.Value?.Value, r.Value?.Qualifier.Code(), r.How.Code(),
        Coverage(r.Coverage), r.AsOf?.Label, r.IsStale,
        Figures(r.Figures),
        r.Parts.Select(Part).ToList(),
        r.Alternatives.Select(Alternative).ToList(),
        r.Reconciliations.Select(rec => new ReconciliationDto(rec.Kind.Code(),
            rec.Reported.Value, rec.Reported.Qualifier.Code(), rec.SumValue.Value, rec.SumValue.Qualifier.Code(),
            rec.Difference, rec.Agreement.Code(), rec.Sum.Parts.Select(Part).ToList(), Figures(rec.Sum.Figures))).ToList());

    public static CoverageDto? Coverage(Coverage? c) =>
        c is null ? null : new CoverageDto(c.CoveredDays, c.TotalDays, c.CoveredMonths, c.TotalMonths, c.IsComplete);

    /// <summary>A part with what other sources give for it: June 2023's 37 operations, and Task &amp; Purpose's 44.</summary>
    public PartDto Part(Resolution p) => new(p.Theatre, p.Period.Label, p.Value?.Value, p.Value?.Qualifier.Code(), p.How.Code(),
        Coverage(p.Coverage), p.Figures.Select(f => f.Id).Distinct().ToList(), p.Alternatives.Select(Alternative).ToList());

    private AlternativeDto Alternative(Resolution a) => new(a.Period.Label, a.Value?.Value, a.Value?.Qualifier.Code(), a.How.Code(),
        Coverage(a.Coverage), a.Parts.Select(Part).ToList(), Figures(a.Figures));

    // A figure deleted between loading the resolver and loading quotes is simply left out, never invented.
    private List<FigureDto> Figures(IEnumerable<ReportedFigure> used) =>
        used.Select(f => f.Id).Distinct().Select(id => figures.GetValueOrDefault(id)).OfType<FigureDto>().ToList();
}

internal static class FigureProjections
{
    // EF Core evaluates the label and code conversions on the client, in this final projection.
    public static IQueryable<FigureDto> SelectFigureDtos(this IQueryable<Figure> figures) =>
        figures.Select(f => new FigureDto(f.Id, f.MetricCode, f.TheatreCode, Period.Between(f.PeriodStart, f.PeriodEnd).Label, f.Value,
            f.Qualifier.Code(), f.Quote, f.Translation, f.Note,
            new SourceRefDto(f.SourceId, f.Source!.Publisher, f.Source.Title, f.Source.Url,
                Period.Between(f.Source.PublishedStart, f.Source.PublishedEnd).Label, f.Source.Language, f.Source.Tier.Code(),
                f.Source.PublisherAr, f.Source.Series ?? "source-" + f.SourceId)));
}
