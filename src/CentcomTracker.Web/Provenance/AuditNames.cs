using CentcomTracker.Web.Pages.Figures;

namespace CentcomTracker.Web.Provenance;

/// <summary>
/// The names a change is told in (<see cref="AuditChanges"/>): metrics and theatres in the reader's language, sources
/// as "publisher — title", an unknown code or id as itself. Shared by the audit trail, the list of changes and review.
/// </summary>
public sealed class AuditNames(IReadOnlyDictionary<string, string> metrics, IReadOnlyDictionary<string, string> theatres, IReadOnlyDictionary<int, string> sources)
{
    /// <summary>The vocabulary's names, and the names of <paramref name="sources"/> (the page's few, not every source).</summary>
    public static async Task<AuditNames> LoadAsync(TrackerDbContext db, IQueryable<Source> sources, CancellationToken cancellationToken) =>
        await LoadAsync(db, await sources.AsNoTracking().ToDictionaryAsync(s => s.Id, s => SourceName(s.Publisher, s.Title), cancellationToken), cancellationToken);

    /// <summary>The vocabulary's names, with source names the page has already read.</summary>
    public static async Task<AuditNames> LoadAsync(TrackerDbContext db, IReadOnlyDictionary<int, string> sources, CancellationToken cancellationToken) => new(
        (await db.MetricChoicesAsync(cancellationToken)).ToDictionary(m => m.Code, m => m.Name()),
        (await db.TheatreChoicesAsync(cancellationToken)).ToDictionary(t => t.Code, t => t.Name()),
        sources);

    public static string SourceName(string publisher, string title) => $"{publisher} — {title}";

    public string Metric(string code) => metrics.GetValueOrDefault(code, code);

    public string Theatre(string code) => theatres.GetValueOrDefault(code, code);

    public string Source(int id) => sources.GetValueOrDefault(id, $"#{id}");

    public AuditRow Describe(AuditEntry entry) => AuditChanges.Describe(entry, Metric, Theatre, Source);

    public IReadOnlyList<AuditChange> Of(AuditEntity entity, string? before, string? after) => AuditChanges.Of(entity, before, after, Metric, Theatre, Source);
}
