using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Pages.Figures;

/// <summary>
/// One figure: its value, source and quote, where it is used, and its history from the audit trail. Public.
/// A deleted figure keeps this page: what it last was, who deleted it, and its whole history.
/// As of a past moment (<c>?asof=</c>, db is then its snapshot) it shows the figure as it stood and its history up to
/// then; a figure not yet entered then says so.
/// </summary>
public sealed class DetailsModel(TrackerDbContext db, ResolverCache resolvers, TimeProvider clock, IServiceScopeFactory scopes) : PageModel
{
    public int Id { get; private set; }

    /// <summary>The past moment shown, or null for today's figure.</summary>
    public AsOfSnapshot? Moment { get; private set; }

    /// <summary>As of <see cref="Moment"/>, the figure had not been entered yet (it exists, or existed, later).</summary>
    public bool NotYetEntered { get; private set; }

    /// <summary>As of <see cref="Moment"/>, the changes to this figure made after it (on today's page).</summary>
    public int LaterChanges { get; private set; }
    public FigureView? Figure { get; private set; }
    public bool IsDeleted { get; private set; }
    public AuditEntry? Deletion { get; private set; }
    public IReadOnlyList<AuditRow> History { get; private set; } = [];

    /// <summary>Review batches touching this figure, pending and decided (editors only).</summary>
    public IReadOnlyList<ReviewMark> Reviews { get; private set; } = [];
    public IReadOnlyList<FigureUse> Uses { get; private set; } = [];
    public IReadOnlyDictionary<string, string> TheatreNames { get; private set; } = new Dictionary<string, string>();

    public sealed record FigureView(
        string MetricCode, string Metric, MetricKind Kind, string TheatreCode, string Theatre, Period Period, QualifiedValue Value,
        string Quote, string? Translation, string? Note, int SourceId, SourceView? Source, DateTime? CreatedAt, DateTime? UpdatedAt);

    public sealed record SourceView(string Publisher, string Title, string? Url, Period Published, string Language, SourceTier Tier);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        var metrics = (await db.MetricChoicesAsync(cancellationToken)).ToDictionary(m => m.Code);
        var theatres = (await db.TheatreChoicesAsync(cancellationToken)).ToDictionary(t => t.Code, t => t.Name());
        TheatreNames = theatres;

        var row = await db.Figures.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        Moment = HttpContext.ShownMoment();
        List<AuditEntry> entries;
        if (Moment is null)
        {
            entries = await AuditOf(db, id).ToListAsync(cancellationToken);
        }
        else
        {
            // A snapshot holds the figures as they stood, not the audit trail: the history up to the moment is the live
            // trail without the changes recorded after it (the same "later changes" the snapshot was rewound through).
            await using var scope = scopes.CreateAsyncScope();
            var live = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var later = await Provenance.History.LaterChangesAsync(live, Moment.AsOf, cancellationToken)
                ?? throw new InvalidOperationException($"The moment {Moment.AsOf} has a snapshot but no data version.");
            var laterIds = (await later.Where(a => a.EntityType == AuditEntity.Figure && a.EntityId == id).Select(a => a.Id)
                .ToListAsync(cancellationToken)).ToHashSet();
            entries = (await AuditOf(live, id).ToListAsync(cancellationToken)).Where(e => !laterIds.Contains(e.Id)).ToList();
            LaterChanges = laterIds.Count;
            if (row is null && entries.Count == 0 && (LaterChanges > 0 || await live.Figures.AnyAsync(f => f.Id == id, cancellationToken)))
            {
                NotYetEntered = true;
                Response.StatusCode = StatusCodes.Status404NotFound;
                return Page();
            }
        }

        if (row is null && entries.Count == 0)
        {
            return NotFound();
        }

        // Review marks are today's proposals: not part of a past view.
        if (User.IsEditor() && Moment is null)
        {
            Reviews = (await db.ReviewMarksAsync([id], decided: true, cancellationToken))[id].ToList();
        }

        var sourceIds = entries.SelectMany(AuditChanges.SourceIds).ToHashSet();
        if (row is not null) sourceIds.Add(row.SourceId);
        var sources = await db.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Publisher, s.Title, s.Url, s.Published, s.Language, s.Tier })
            .ToDictionaryAsync(s => s.Id, s => new SourceView(s.Publisher, s.Title, s.Url, s.Published, s.Language, s.Tier), cancellationToken);

        string MetricName(string code) => metrics.TryGetValue(code, out var m) ? m.Name() : code;
        string TheatreName(string code) => theatres.GetValueOrDefault(code, code);
        string SourceName(int sourceId) => sources.TryGetValue(sourceId, out var s) ? AuditNames.SourceName(s.Publisher, s.Title) : $"#{sourceId}";
        History = entries.Select(e => AuditChanges.Describe(e, MetricName, TheatreName, SourceName)).ToList();

        if (row is not null)
        {
            var period = row.Period;
            Figure = new FigureView(row.MetricCode, MetricName(row.MetricCode), metrics[row.MetricCode].Kind, row.TheatreCode, TheatreName(row.TheatreCode),
                period, new QualifiedValue(row.Value, row.Qualifier), row.Quote, row.Translation, row.Note, row.SourceId,
                sources.GetValueOrDefault(row.SourceId), row.CreatedAt, LastChanged(row, entries));

            var resolver = await resolvers.GetAsync(db, cancellationToken);
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var source = sources[row.SourceId];
            var reported = new ReportedFigure(id, row.MetricCode, row.TheatreCode, period, row.Value, row.Qualifier,
                new SourceInfo(row.SourceId, source.Publisher, source.Title, source.Published, source.Tier));
            Uses = FigureUses.Find(resolver, reported, today);
            return Page();
        }

        // Deleted: show what it last held, from the audit trail.
        IsDeleted = true;
        Deletion = entries.FirstOrDefault(e => e.Action == AuditAction.Delete);
        var last = entries.Select(e => AuditSnapshots.ReadFigure(e.After) ?? AuditSnapshots.ReadFigure(e.Before)).FirstOrDefault(s => s is not null);
        if (last is not null && Period.TryParse(last.Period, out var lastPeriod) && Qualifiers.TryParse(last.Qualifier, out var qualifier))
        {
            Figure = new FigureView(last.Metric, MetricName(last.Metric), metrics.TryGetValue(last.Metric, out var m) ? m.Kind : MetricKind.Count,
                last.Theatre, TheatreName(last.Theatre), lastPeriod, new QualifiedValue(last.Value, qualifier), last.Quote, last.Translation, last.Note,
                last.SourceId, sources.GetValueOrDefault(last.SourceId), null, null);
        }

        return Page();
    }

    private static IQueryable<AuditEntry> AuditOf(TrackerDbContext db, int id) => db.AuditEntries.AsNoTracking()
        .Where(a => a.EntityType == AuditEntity.Figure && a.EntityId == id)
        .OrderByDescending(a => a.At).ThenByDescending(a => a.Id);

    // A figure rebuilt for a past moment has no timestamps of its own: its last change up to then is its newest entry.
    private DateTime? LastChanged(Figure row, IReadOnlyList<AuditEntry> entries) =>
        Moment is null ? row.UpdatedAt
        : entries.Count > 0 ? entries[0].At
        : row.UpdatedAt == default ? null : row.UpdatedAt;
}
