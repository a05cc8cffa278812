using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using CentcomTracker.Web.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Pages;

public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public Period A { get; } = Period.Parse("2023");
    public Period B { get; } = Period.Parse("2024-H1");

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Footnotes Footnotes { get; } = new();

    public sealed record Row(string MetricName, string TheatreName, Comparison Comparison);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
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

        foreach (var row in Rows)
        {
            Footnotes.For(row.Comparison.A);
            Footnotes.For(row.Comparison.B);
        }

        await Footnotes.LoadAsync(db, cancellationToken);
    }
}
