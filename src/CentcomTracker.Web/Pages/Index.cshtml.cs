using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using CentcomTracker.Web.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Pages;

public sealed class IndexModel(TrackerDbContext db, TimeProvider clock) : PageModel
{
    public Period A { get; private set; } = Period.Parse("2023");
    public Period B { get; private set; } = Period.Parse("2024-H1");

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>Levels as last reported, whatever the periods compared: "more than 43,000 as of 16 July 2024".</summary>
    public IReadOnlyList<(string MetricName, string TheatreName, Resolution Latest)> Latest { get; private set; } = [];
    public Footnotes Footnotes { get; } = new();

    public sealed record Row(string MetricName, string TheatreName, Comparison Comparison);

    public async Task OnGetAsync(string? a, string? b, CancellationToken cancellationToken)
    {
        // The periods compared come from the query (?a=2024-Q1&b=2024-Q2); a label that does not parse keeps the default.
        if (Period.TryParse(a, out var periodA)) A = periodA;
        if (Period.TryParse(b, out var periodB)) B = periodB;
        var resolver = await db.LoadResolverAsync(cancellationToken);
        var metrics = await db.Metrics.AsNoTracking().OrderBy(m => m.DisplayOrder).ToListAsync(cancellationToken);
        var theatres = await db.Theatres.AsNoTracking().Where(t => t.ParentCode == null).OrderBy(t => t.DisplayOrder).ToListAsync(cancellationToken);
        var arabic = Localization.IsArabic;

        Rows = (from theatre in theatres
                from metric in metrics
                let comparison = new Comparison(metric.Kind, resolver.Resolve(metric.Code, theatre.Code, A), resolver.Resolve(metric.Code, theatre.Code, B))
                where comparison.A.HasValue || comparison.B.HasValue || theatre.Code == DomainCodes.IraqAndSyria
                select new Row(arabic ? metric.NameAr : metric.NameEn, arabic ? theatre.NameAr : theatre.NameEn, comparison))
            .ToList();

        var today = Period.Day(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Latest = (from metric in metrics.Where(m => m.Kind == MetricKind.Level)
                  from theatre in theatres
                  let latest = resolver.Resolve(metric.Code, theatre.Code, today)
                  where latest.HasValue
                  select (arabic ? metric.NameAr : metric.NameEn, arabic ? theatre.NameAr : theatre.NameEn, latest))
            .ToList();

        foreach (var (_, _, latest) in Latest)
        {
            Footnotes.For(latest);
        }

        foreach (var row in Rows)
        {
            foreach (var r in new[] { row.Comparison.A, row.Comparison.B }.SelectMany(r => r.Alternatives.Prepend(r)))
            {
                Footnotes.For(r);
            }
        }

        await Footnotes.LoadAsync(db, cancellationToken);
    }
}
