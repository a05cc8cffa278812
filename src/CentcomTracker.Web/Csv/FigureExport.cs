using System.Globalization;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using CentcomTracker.Web.Domain.Extraction;
using CentcomTracker.Web.Http;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Csv;

/// <summary>
/// Every figure with its source, as the figures CSV. The order is fixed (source, then metric and theatre in display
/// order, then period) and sorted here with ordinal comparisons, not by the database, whose collation differs between
/// SQLite and PostgreSQL: the same data always gives the same bytes, so export → import → export reproduces the file.
/// </summary>
public static class FigureExport
{
    public sealed record ExportedCsv(byte[] Content, int Figures);

    public static Task<ExportedCsv> ExportAsync(TrackerDbContext db, CancellationToken cancellationToken = default) =>
        ExportAsync(db, null, cancellationToken);

    /// <summary>The figures of one metric only (a metric page's data bundle), or every figure when <paramref name="metric"/> is null.</summary>
    public static async Task<ExportedCsv> ExportAsync(TrackerDbContext db, string? metric, CancellationToken cancellationToken)
    {
        // Columns, not Figure.Period and Source.Published: those are read from whole entities, and at 100,000 figures
        // building a figure and its source per row took most of the export's time.
        var rows = await db.Figures.AsNoTracking()
            .Where(f => metric == null || f.MetricCode == metric)
            .Select(f => new
            {
                f.MetricCode, MetricOrder = f.Metric!.DisplayOrder, f.TheatreCode, TheatreOrder = f.Theatre!.DisplayOrder,
                f.PeriodStart, f.PeriodEnd, f.Value, f.Qualifier, f.Quote, f.Translation, f.Note, f.IsPeak,
                f.Source!.Publisher, f.Source.Title, f.Source.Url, f.Source.PublishedStart, f.Source.PublishedEnd,
                f.Source.Language, f.Source.Tier, SourceNote = f.Source.Note,
            })
            .ToListAsync(cancellationToken);

        // A figure whose quote does not give its value as the tracker reads it was accepted on an editor's word (or is
        // curated seed whose note says why): the file says so, so that importing it again accepts it again.
        var unread = new Dictionary<(string, long), string>();
        string Confirmed(string quote, long value) =>
            unread.TryGetValue((quote, value), out var flag) ? flag
            : unread[(quote, value)] = QuotedNumbers.States(quote, value) ? "" : "true";

        IEnumerable<FigureRecord> records = rows
            .OrderBy(r => r.Publisher, StringComparer.Ordinal)
            .ThenBy(r => r.Title, StringComparer.Ordinal)
            .ThenBy(r => r.PublishedStart).ThenBy(r => r.PublishedEnd)
            .ThenBy(r => r.MetricOrder).ThenBy(r => r.MetricCode, StringComparer.Ordinal)
            .ThenBy(r => r.TheatreOrder).ThenBy(r => r.TheatreCode, StringComparer.Ordinal)
            .ThenBy(r => r.PeriodStart).ThenBy(r => r.PeriodEnd)
            .Select(r => new FigureRecord(
                r.MetricCode, r.TheatreCode, Period.Between(r.PeriodStart, r.PeriodEnd).Label,
                r.Value.ToString(CultureInfo.InvariantCulture), r.Qualifier.Code(),
                r.Title, r.Publisher, r.Url ?? "", Period.Between(r.PublishedStart, r.PublishedEnd).Label, r.Language,
                r.Quote, r.Translation ?? "", r.Note ?? "", r.Tier.Code(), r.SourceNote ?? "", r.IsPeak ? "true" : "", Confirmed(r.Quote, r.Value)));

        using var buffer = new MemoryStream();
        FigureCsv.Write(buffer, records);
        return new ExportedCsv(buffer.ToArray(), rows.Count);
    }

    /// <summary><c>GET /figures/export.csv</c>: public data, so anyone may download it.</summary>
    public static IEndpointRouteBuilder MapFigureExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/figures/export.csv", async (HttpContext context, TrackerDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                // As of a past moment (?asof=, read by a middleware), db is that moment's snapshot and the file is named after it.
                var (csv, _) = await ExportAsync(db, cancellationToken);
                var when = context.Features.Get<AsOfFeature>()?.AsOf is { } asOf
                    ? "asof-" + asOf.Label
                    : clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return TypedResults.File(csv, "text/csv; charset=utf-8", $"centcomtracker-figures-{when}.csv");
            })
            .AllowAnonymous()
            // Every figure, so its cost grows with the data (about a second at 100,000 figures): built once per data
            // version and served from the cache after, with an ETag like the pages.
            .CacheOutput(FiguresCache.ExportPolicy)
            .WithMetadata(new ConditionalGets.SameInEveryLanguage())
            .ExcludeFromDescription();  // a download for people and backups; programs read /api/figures
        return app;
    }
}
