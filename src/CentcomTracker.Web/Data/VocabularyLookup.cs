using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CentcomTracker.Web.Data;

public sealed record MetricRow(
    string Code, MetricKind Kind, MetricCategory Category, string NameEn, string NameAr, string UnitEn, string UnitAr,
    string? DescriptionEn, string? DescriptionAr, int DisplayOrder);

public sealed record TheatreRow(string Code, string NameEn, string NameAr, string? Parent, IReadOnlyList<string> Members, int DisplayOrder);

/// <summary>
/// The metrics and theatres in display order, and the codes a visitor or a program may type for them.
/// Codes match case-insensitively, and a space in a theatre code reads as "+": in a query string an unencoded
/// <c>IQ+SY</c> arrives as <c>IQ SY</c>, and no theatre code contains a space.
/// </summary>
public sealed class VocabularyLookup(IReadOnlyList<MetricRow> metrics, IReadOnlyList<TheatreRow> theatres)
{
    public IReadOnlyList<MetricRow> Metrics { get; } = metrics;

    public IReadOnlyList<TheatreRow> Theatres { get; } = theatres;

    public MetricRow? FindMetric(string? code)
    {
        var text = code?.Trim();
        return string.IsNullOrEmpty(text) ? null : Metrics.FirstOrDefault(m => string.Equals(m.Code, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Each metric's kind by code, in display order: what the input rules check a figure against.</summary>
    public IReadOnlyDictionary<string, MetricKind> Kinds => Metrics.ToDictionary(m => m.Code, m => m.Kind, StringComparer.Ordinal);

    public IReadOnlyList<string> TheatreCodes => [.. Theatres.Select(t => t.Code)];

    public TheatreRow? FindTheatre(string? code)
    {
        var text = TheatreCode(code);
        return text.Length == 0 ? null : Theatres.FirstOrDefault(t => string.Equals(t.Code, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A theatre code however it was written: "IQ+SY", "IQ SY" (an unencoded + in a query string), "IQ%2BSY" left
    /// encoded by hand or twice, with any spacing, all read as "IQ+SY". Case is left to the caller's comparison.
    /// </summary>
    public static string TheatreCode(string? code) =>
        string.Join('+', (code ?? "").Replace("%2B", "+", StringComparison.OrdinalIgnoreCase)
            .Split([' ', '+', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

public static class VocabularyQueries
{
    /// <summary>
    /// The one vocabulary query every page, form, import and the API use: served by the app's
    /// <see cref="VocabularyCache"/> while the data version holds, queried directly where there is no app (tools).
    /// </summary>
    public static Task<VocabularyLookup> LoadVocabularyAsync(this TrackerDbContext db, CancellationToken cancellationToken = default) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<VocabularyCache>() is { } cache
            ? cache.GetAsync(db, cancellationToken)
            : QueryVocabularyAsync(db, cancellationToken);

    public static async Task<VocabularyLookup> QueryVocabularyAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        var metrics = await db.Metrics.AsNoTracking()
            .OrderBy(m => m.DisplayOrder).ThenBy(m => m.Code)
            .Select(m => new MetricRow(m.Code, m.Kind, m.Category, m.NameEn, m.NameAr, m.UnitEn, m.UnitAr, m.DescriptionEn, m.DescriptionAr, m.DisplayOrder))
            .ToListAsync(cancellationToken);
        var theatres = await db.Theatres.AsNoTracking()
            .OrderBy(t => t.DisplayOrder).ThenBy(t => t.Code)
            .Select(t => new { t.Code, t.NameEn, t.NameAr, t.ParentCode, Members = t.Members.Select(m => m.MemberCode).ToList(), t.DisplayOrder })
            .ToListAsync(cancellationToken);
        return new VocabularyLookup(metrics,
            theatres.Select(t => new TheatreRow(t.Code, t.NameEn, t.NameAr, t.ParentCode, t.Members.Order(StringComparer.Ordinal).ToList(), t.DisplayOrder)).ToList());
    }
}
