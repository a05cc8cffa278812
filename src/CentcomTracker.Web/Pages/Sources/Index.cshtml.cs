using Microsoft.AspNetCore.OutputCaching;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Pages.Sources;

/// <summary>Every source, newest first, with how many figures it reported.</summary>
[OutputCache(PolicyName = FiguresCache.Policy)]
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    [BindProperty(SupportsGet = true, Name = Paging.NumberKey)] public int? PageNumber { get; set; }
    [BindProperty(SupportsGet = true, Name = Paging.SizeKey)] public int? PageSize { get; set; }

    public IReadOnlyList<Row> Sources { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Read(1, null, 0, DefaultPageSize, MaxPageSize);

    public sealed record Row(int Id, string Publisher, string Title, string? Url, Period Published, string Language, SourceTier Tier, int Figures);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Paging = Paging.Read(PageNumber, PageSize, await db.Sources.CountAsync(cancellationToken), DefaultPageSize, MaxPageSize);
        var rows = await Paging.Of(db.Sources.AsNoTracking().OrderByDescending(s => s.PublishedEnd).ThenBy(s => s.Id))
            .Select(s => new { s.Id, s.Publisher, s.PublisherAr, s.Title, s.Url, s.Published, s.Language, s.Tier, Figures = s.Figures.Count })
            .ToListAsync(cancellationToken);
        Sources = rows.Select(s => new Row(s.Id, Names.Publisher(s.Publisher, s.PublisherAr), s.Title, s.Url, s.Published, s.Language, s.Tier, s.Figures))
            .ToList();
    }

    public string Link(int page) => Url.Page("/Sources/Index", new { p = page, size = PageSize })!;
}
