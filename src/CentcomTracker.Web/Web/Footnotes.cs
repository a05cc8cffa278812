using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Web;

/// <summary>
/// Numbers every figure a page shows, in order of first use, so each value on screen links to the source
/// and the exact quote it came from. Quotes are fetched once per page for the figures actually cited.
/// </summary>
public sealed class Footnotes
{
    private readonly Dictionary<int, int> numbers = [];
    private IReadOnlyDictionary<int, Note> notes = new Dictionary<int, Note>();

    public sealed record Note(
        int Number, int FigureId, int SourceId, string Publisher, string Title, string? Url, Period Published,
        string Language, string Quote, string? Translation, string? FigureNote);

    /// <summary>Footnote numbers for the figures behind a value (empty when not reported).</summary>
    public IReadOnlyList<int> For(Resolution resolution) => For(resolution.Figures);

    public IReadOnlyList<int> For(IEnumerable<ReportedFigure> figures) =>
        figures.Select(f => numbers.TryGetValue(f.Id, out var n) ? n : numbers[f.Id] = numbers.Count + 1).Distinct().ToList();

    public IEnumerable<Note> All => notes.Values.OrderBy(n => n.Number);

    public async Task LoadAsync(TrackerDbContext db, CancellationToken cancellationToken = default)
    {
        var ids = numbers.Keys.ToList();
        var rows = await db.Figures.AsNoTracking()
            .Where(f => ids.Contains(f.Id))
            .Select(f => new
            {
                f.Id, f.SourceId, f.Source!.Publisher, f.Source.PublisherAr, f.Source.Title, f.Source.Url, f.Source.PublishedStart, f.Source.PublishedEnd,
                f.Source.Language, f.Quote, f.Translation, f.Note,
            })
            .ToListAsync(cancellationToken);
        notes = rows.ToDictionary(r => r.Id, r => new Note(numbers[r.Id], r.Id, r.SourceId, Names.Publisher(r.Publisher, r.PublisherAr), r.Title, r.Url,
            Period.Between(r.PublishedStart, r.PublishedEnd), r.Language, r.Quote, r.Translation, r.Note));
    }
}
