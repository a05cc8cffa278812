using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Provenance;

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

    /// <summary>Notes cited per value: a sum of two years of monthly releases keeps every one.</summary>
    public const int PerValue = 24;

    /// <summary>Notes per page: a sum over a century of releases must not make a page of megabytes.</summary>
    public const int PerPage = 300;

    /// <summary>Notes per chart: every figure of a seed-sized chart; the chart's CSV lists every source of a larger one.</summary>
    public const int PerChart = 120;

    private readonly HashSet<int> unlisted = [];

    /// <summary>Footnote numbers of a value, and how many more figures it rests on than are numbered (listed elsewhere).</summary>
    public sealed class Numbers(IEnumerable<int> numbers, int more, string? moreLink) : List<int>(numbers)
    {
        public int More { get; } = more;

        /// <summary>Where every figure behind the value is listed (the figures list, filtered), when known.</summary>
        public string? MoreLink { get; } = moreLink;
    }

    /// <summary>Footnote numbers for the figures behind a value (empty when not reported).</summary>
    public Numbers For(Resolution resolution) => For(resolution.Figures,
        "/figures?" + QueryString.Create(new Dictionary<string, string?>
            { ["metric"] = resolution.Metric, ["theatre"] = resolution.Theatre, ["period"] = resolution.Period.Label })
            .ToString().TrimStart('?'));

    public Numbers For(IEnumerable<ReportedFigure> figures, string? moreLink = null, int limit = PerValue)
    {
        var distinct = figures.DistinctBy(f => f.Id).ToList();
        var shown = new List<int>();
        foreach (var figure in distinct.Take(limit))
        {
            if (numbers.TryGetValue(figure.Id, out var n)) shown.Add(n);
            else if (numbers.Count < PerPage) shown.Add(numbers[figure.Id] = numbers.Count + 1);
        }

        unlisted.UnionWith(distinct.Select(f => f.Id).Where(id => !numbers.ContainsKey(id)));
        return new Numbers(shown, distinct.Count - shown.Count, moreLink);
    }

    public IEnumerable<Note> All => notes.Values.OrderBy(n => n.Number);

    /// <summary>Figures the page rests on beyond its numbered notes: in the chart downloads and the figures list.</summary>
    public int Unlisted => unlisted.Count(id => !numbers.ContainsKey(id));

    public async Task LoadAsync(TrackerDbContext db, CancellationToken cancellationToken = default)
    {
        var ids = numbers.Keys.ToList();
        var rows = await db.Figures.AsNoTracking()
            .Where(f => ids.Contains(f.Id))
            .Select(f => new
            {
                f.Id, f.SourceId, f.Source!.Publisher, f.Source.PublisherAr, f.Source.Title, f.Source.Url, f.Source.Published,
                f.Source.Language, f.Quote, f.Translation, f.Note,
            })
            .ToListAsync(cancellationToken);
        notes = rows.ToDictionary(r => r.Id, r => new Note(numbers[r.Id], r.Id, r.SourceId, Names.Publisher(r.Publisher, r.PublisherAr), r.Title, r.Url,
            r.Published, r.Language, r.Quote, r.Translation, r.Note));
    }
}
