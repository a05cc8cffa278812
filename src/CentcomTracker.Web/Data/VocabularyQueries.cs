using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CentcomTracker.Web.Data;

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
