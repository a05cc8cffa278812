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
/// A tally source may cite thousands: they come a page at a time (<c>?p=2&amp;size=200</c>).
/// </summary>
[OutputCache(PolicyName = FiguresCache.Policy)]
public sealed class DetailsModel(TrackerDbContext db) : PageModel
{
    public SourceView Source { get; private set; } = null!;
    public IReadOnlyList<QuoteGroup> Quotes { get; private set; } = [];
    public VocabularyLookup Vocabulary { get; private set; } = null!;

    public const int DefaultPageSize = 200;
    public const int MaxPageSize = 500;

    [BindProperty(SupportsGet = true, Name = Paging.NumberKey)] public int? PageNumber { get; set; }
    [BindProperty(SupportsGet = true, Name = Paging.SizeKey)] public int? PageSize { get; set; }
    public Paging FiguresPage { get; private set; } = Paging.Read(1, null, 0, DefaultPageSize, MaxPageSize);

    /// <summary>This source's address on another page of its figures, keeping the size.</summary>
    public string FiguresLink(int page) => Url.Page("/Sources/Details", null, new { id = Source.Id, p = page, size = PageSize },
        protocol: null, host: null, fragment: "reported-heading")!;

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

        var ofSource = db.Figures.AsNoTracking().Where(f => f.SourceId == id);
        FiguresPage = Paging.Read(PageNumber, PageSize, await ofSource.CountAsync(cancellationToken), DefaultPageSize, MaxPageSize);
        var figures = await FiguresPage.Of(ofSource.OrderBy(f => f.Id))
            .Select(f => new { f.Id, f.MetricCode, f.TheatreCode, f.Period, f.Value, f.Qualifier, f.Quote, f.Translation, f.Note })
            .ToListAsync(cancellationToken);
        var metricOrder = Vocabulary.Metrics.Select((m, i) => (m.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var theatreOrder = Vocabulary.Theatres.Select((t, i) => (t.Code, i)).ToDictionary(x => x.Code, x => x.i);

        // Quotes in the order the source gave its figures (first figure entered first); figures within a quote by theatre,
        // then metric. A sentence whose figures fall on two pages is shown on both, each time with the figures of that page.
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
