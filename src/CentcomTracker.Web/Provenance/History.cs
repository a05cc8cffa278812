using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Provenance;

/// <summary>The figures and sources as they stood at a moment, rewound from today's rows and the changes made since.</summary>
public sealed record History(long Version, int LaterChanges, IReadOnlyList<Source> Sources, IReadOnlyList<Figure> Figures, IReadOnlyList<Annotation> Annotations)
{
    /// <summary>When the first figure of those held today, or deleted since, was entered; null when there is none.</summary>
    public DateTime? FirstEntered { get; init; }

    /// <summary>Null when <paramref name="asOf"/> names a data version that does not exist (yet).</summary>
    public static async Task<History?> ReadAsync(TrackerDbContext db, AsOf asOf, CancellationToken cancellationToken = default)
    {
        if (await MomentAsync(db, asOf, cancellationToken) is not { } moment) return null;
        var (version, cutoff, later) = moment;

        var changes = await later.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.EntityType, a.EntityId, a.Before })
            .ToListAsync(cancellationToken);
        var sources = await db.Sources.AsNoTracking().ToListAsync(cancellationToken);
        var figures = await db.Figures.AsNoTracking().ToListAsync(cancellationToken);
        var annotations = await db.Annotations.AsNoTracking().ToListAsync(cancellationToken);

        // A row with no later change existed then if it was created by then (seeded rows have no audit entry).
        var sourcesThen = Rewind.StateAt(
            sources.ToDictionary(s => s.Id, s => (s, s.CreatedAt <= cutoff)),
            changes.Where(c => c.EntityType == AuditEntity.Source).Select(c => (c.EntityId, ToSource(c.EntityId, c.Before))));
        var figuresThen = Rewind.StateAt(
            figures.ToDictionary(f => f.Id, f => (f, f.CreatedAt <= cutoff)),
            changes.Where(c => c.EntityType == AuditEntity.Figure).Select(c => (c.EntityId, ToFigure(c.EntityId, c.Before))));
        var annotationsThen = Rewind.StateAt(
            annotations.ToDictionary(a => a.Id, a => (a, a.CreatedAt <= cutoff)),
            changes.Where(c => c.EntityType == AuditEntity.Annotation).Select(c => (c.EntityId, ToAnnotation(c.EntityId, c.Before))));
        var known = sourcesThen.Keys.ToHashSet();
        // A figure deleted since still counts: the earliest entry in its audit trail (its creation) or a row's own date.
        var firstAudited = await db.AuditEntries.Where(a => a.EntityType == AuditEntity.Figure).MinAsync(a => (DateTime?)a.At, cancellationToken);
        var firstRow = figures.Count == 0 ? (DateTime?)null : figures.Min(f => f.CreatedAt);
        return new History(version, changes.Count, sourcesThen.Values.ToList(),
            figuresThen.Values.Where(f => known.Contains(f.SourceId)).ToList(),
            annotationsThen.Values.Where(a => known.Contains(a.SourceId)).ToList())
        {
            FirstEntered = firstRow is { } r && firstAudited is { } a2 ? (r < a2 ? r : a2) : firstRow ?? firstAudited,
        };
    }

    /// <summary>
    /// The audit entries recorded after <paramref name="asOf"/> (its later changes), from the live database; null when it
    /// names a data version that does not exist (yet).
    /// </summary>
    public static async Task<IQueryable<AuditEntry>?> LaterChangesAsync(TrackerDbContext db, AsOf asOf, CancellationToken cancellationToken = default) =>
        (await MomentAsync(db, asOf, cancellationToken))?.Later;

    private static async Task<(long Version, DateTime Cutoff, IQueryable<AuditEntry> Later)?> MomentAsync(
        TrackerDbContext db, AsOf asOf, CancellationToken cancellationToken)
    {
        if (asOf.EndUtc is { } end)
        {
            var latest = await db.Revisions.Where(r => r.At < end).MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;
            return (latest, end, db.AuditEntries.Where(a => a.At >= end));
        }

        var version = asOf.Version!.Value;
        var at = await db.Revisions.Where(r => r.Id == version).Select(r => (DateTime?)r.At).FirstOrDefaultAsync(cancellationToken);
        if (at is null && version != 0) return null;
        // Version 0 is the data before the first numbered change: the seed.
        var cutoff = at ?? await db.Revisions.MinAsync(r => (DateTime?)r.At, cancellationToken) ?? DateTime.MaxValue;
        return (version, cutoff,
            db.AuditEntries.Where(a => a.RevisionId > version || (a.RevisionId == null && a.At > cutoff) || (version == 0 && a.RevisionId != null)));
    }

    private static Source? ToSource(int id, string? json) => AuditSnapshots.ReadSource(json) is not { } s ? null : new Source
    {
        Id = id, Publisher = s.Publisher, Title = s.Title, Url = s.Url, Published = Period.Parse(s.Published), Language = s.Language,
        Tier = DomainCodes.TryParseTier(s.Tier, out var tier) ? tier : SourceTier.Secondary, Note = s.Note,
        Series = s.Series, PublisherAr = s.PublisherAr,
    };

    private static Annotation? ToAnnotation(int id, string? json) => AuditSnapshots.ReadAnnotation(json) is not { } a ? null : new Annotation
    {
        Id = id, Date = DateOnly.ParseExact(a.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Text = a.Text, TextAr = a.TextAr,
        TheatreCode = a.Theatre, SourceId = a.SourceId, Quote = a.Quote,
    };

    private static Figure? ToFigure(int id, string? json) => AuditSnapshots.ReadFigure(json) is not { } f ? null : new Figure
    {
        Id = id, MetricCode = f.Metric, TheatreCode = f.Theatre, Period = Period.Parse(f.Period), Value = f.Value,
        Qualifier = Qualifiers.Parse(f.Qualifier), SourceId = f.SourceId, Quote = f.Quote, Translation = f.Translation, Note = f.Note,
        IsPeak = f.IsPeak,
    };
}
