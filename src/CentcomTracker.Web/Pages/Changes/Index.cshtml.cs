using CentcomTracker.Web.Data;
using CentcomTracker.Web.Provenance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Pages.Changes;

/// <summary>
/// Every data version, newest first: when, what (before → after for each figure and source), why, and links to the
/// data as it stood right after and right before. Public; only editors see who made each change.
/// </summary>
[OutputCache(PolicyName = FiguresCache.Policy)]
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    [BindProperty(SupportsGet = true, Name = Paging.NumberKey)] public int? PageNumber { get; set; }
    [BindProperty(SupportsGet = true, Name = Paging.SizeKey)] public int? PageSize { get; set; }

    public sealed record VersionView(Revision Revision, IReadOnlyList<AuditRow> Rows);

    public IReadOnlyList<VersionView> Versions { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Read(1, null, 0, DefaultPageSize, MaxPageSize);
    public bool ShowAuthors => User.IsInRole(Roles.Editor) || User.IsInRole(Roles.Admin);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A page past the last (or beyond any number) shows the last, as every paged list does.
        Paging = Paging.Read(PageNumber, PageSize, await db.Revisions.CountAsync(cancellationToken), DefaultPageSize, MaxPageSize);
        var versions = await db.VersionsAsync(Paging, cancellationToken);
        var sourceIds = versions.SelectMany(v => v.Entries).SelectMany(AuditChanges.SourceIds).Distinct().Order().ToList();
        var (low, high) = sourceIds.Count == 0 ? (0, -1) : (sourceIds[0], sourceIds[^1]);
        var names = await AuditNames.LoadAsync(db, db.Sources.Where(s => s.Id >= low && s.Id <= high), cancellationToken);
        Versions = versions.Select(v => new VersionView(v.Revision, v.Entries.Select(names.Describe).ToList())).ToList();
    }

    public string Link(int page) => Url.Page("/Changes/Index", new { p = page <= 1 ? (int?)null : page, size = PageSize })!;
}
