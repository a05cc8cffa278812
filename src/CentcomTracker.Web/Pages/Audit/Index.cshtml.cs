using CentcomTracker.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Pages.Audit;

/// <summary>
/// Recent changes to figures and sources, newest first. Editors only: it names every editor by their account.
/// (A figure's own history, on /figures/{id}, is public without the names.)
/// </summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Rows per page from the query string (<c>?size=100</c>), never above <see cref="MaxPageSize"/>.</summary>
    [BindProperty(SupportsGet = true, Name = "size")] public int? Size { get; set; }

    public int PageSize => Math.Clamp(Size ?? DefaultPageSize, 1, MaxPageSize);

    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (Enum.TryParse<AuditEntity>(Entity, ignoreCase: true, out var entity))
        {
            query = query.Where(a => a.EntityType == entity);
            Entity = entity.ToString().ToLowerInvariant();
        }
        else
        {
            Entity = null;
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var entries = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);

        var sourceIds = entries.SelectMany(AuditChanges.SourceIds).Distinct().ToList();
        var names = await AuditNames.LoadAsync(db, db.Sources.Where(s => sourceIds.Contains(s.Id)), cancellationToken);
        Rows = entries.Select(names.Describe).ToList();
    }

    public string? Link(int page) => Url.Page("/Audit/Index", new { entity = Entity, p = page, size = Size });
}
