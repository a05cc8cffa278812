using Microsoft.AspNetCore.OutputCaching;
using CentcomTracker.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Pages.Metrics;

/// <summary>Every metric, with how many figures report it, each linking to its page over time.</summary>
[OutputCache(PolicyName = FiguresCache.Policy)]
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public IReadOnlyList<MetricRow> Metrics { get; private set; } = [];
    public IReadOnlyDictionary<string, int> FigureCounts { get; private set; } = new Dictionary<string, int>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Metrics = (await db.LoadVocabularyAsync(cancellationToken)).Metrics;
        FigureCounts = await db.Figures.AsNoTracking()
            .GroupBy(f => f.MetricCode)
            .Select(g => new { Metric = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Metric, g => g.Count, cancellationToken);
    }
}
