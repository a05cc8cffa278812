using CentcomTracker.Web.Web;
using Microsoft.AspNetCore.OutputCaching;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Pages.Sources;

/// <summary>Every source, newest first, with how many figures it reported.</summary>
[OutputCache(PolicyName = FiguresCache.Policy)]
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public IReadOnlyList<Row> Sources { get; private set; } = [];

    public sealed record Row(int Id, string Publisher, string Title, string? Url, Period Published, string Language, SourceTier Tier, int Figures);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Sources.AsNoTracking()
            .OrderByDescending(s => s.PublishedEnd).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Publisher, s.PublisherAr, s.Title, s.Url, s.PublishedStart, s.PublishedEnd, s.Language, s.Tier, Figures = s.Figures.Count })
            .ToListAsync(cancellationToken);
        Sources = rows.Select(s => new Row(s.Id, Names.Publisher(s.Publisher, s.PublisherAr), s.Title, s.Url, Period.Between(s.PublishedStart, s.PublishedEnd), s.Language, s.Tier, s.Figures))
            .ToList();
    }
}
