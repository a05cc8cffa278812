using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Provenance;

public static class CadenceQuery
{
    /// <summary>
    /// A metric's release rhythm from its primary sources (the publisher's own releases; relays and press reports
    /// would add dates that are not releases): their publication dates, and when a figure was last entered.
    /// </summary>
    public static async Task<Cadence?> ForMetricAsync(this TrackerDbContext db, string metric, DateOnly today, CancellationToken cancellationToken = default)
    {
        var figures = db.Figures.AsNoTracking().Where(f => f.MetricCode == metric);
        var published = await figures.Where(f => f.Source!.Tier == SourceTier.Primary)
            .Select(f => f.Source!.PublishedEnd).Distinct().ToListAsync(cancellationToken);
        var entered = await figures.MaxAsync(f => (DateTime?)f.CreatedAt, cancellationToken);
        return Cadence.From(published, entered is { } e ? DateOnly.FromDateTime(e) : null, today);
    }
}
