using Microsoft.AspNetCore.OutputCaching;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Pages.Sources;

/// <summary>
/// One source and what it reported. Figures are grouped by the sentence that reported them, since one sentence
/// often gives several numbers ("59 operations … 14 killed and 92 detained"): the quote once, then its figures.
/// </summary>
[OutputCache(PolicyName = FiguresCache.Policy)]
public sealed class DetailsModel(TrackerDbContext db) : PageModel
{
    public SourceView Source { get; private set; } = null!;
    public IReadOnlyList<QuoteGroup> Quotes { get; private set; } = [];
    public VocabularyLookup Vocabulary { get; private set; } = null!;

    public sealed record SourceView(int Id, string Publisher, string Title, string? Url, Period Published, string Language, SourceTier Tier, string? Note);

    public sealed record QuoteGroup(string Quote, string? Translation, IReadOnlyList<FigureView> Figures);

    public sealed record FigureView(int Id, string Metric, string Theatre, Period Period, QualifiedValue Value, string? Note);


    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var source = await db.Sources.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new { s.Id, s.Publisher, s.PublisherAr, s.Title, s.Url, s.Published, s.Language, s.Tier, s.Note })
            .FirstOrDefaultAsync(cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        Source = new SourceView(source.Id, Names.Publisher(source.Publisher, source.PublisherAr), source.Title, source.Url,
            source.Published, source.Language, source.Tier, source.Note);
        Vocabulary = await db.LoadVocabularyAsync(cancellationToken);

        var figures = await db.Figures.AsNoTracking()
            .Where(f => f.SourceId == id)
            .OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.MetricCode, f.TheatreCode, f.Period, f.Value, f.Qualifier, f.Quote, f.Translation, f.Note })
            .ToListAsync(cancellationToken);
        var metricOrder = Vocabulary.Metrics.Select((m, i) => (m.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var theatreOrder = Vocabulary.Theatres.Select((t, i) => (t.Code, i)).ToDictionary(x => x.Code, x => x.i);

        // Quotes in the order the source gave its figures (first figure entered first); figures within a quote by theatre, then metric.
        Quotes = figures
            .GroupBy(f => (f.Quote, f.Translation))
            .Select(g => new QuoteGroup(g.Key.Quote, g.Key.Translation, g
                .Select(f => new FigureView(f.Id, f.MetricCode, f.TheatreCode, f.Period,
                    new QualifiedValue(f.Value, f.Qualifier), f.Note))
                .OrderBy(f => f.Period)
                .ThenBy(f => theatreOrder.GetValueOrDefault(f.Theatre, int.MaxValue))
                .ThenBy(f => metricOrder.GetValueOrDefault(f.Metric, int.MaxValue))
                .ToList()))
            .ToList();
        return Page();
    }
}
