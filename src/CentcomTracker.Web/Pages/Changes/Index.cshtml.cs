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
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public sealed record VersionView(Revision Revision, IReadOnlyList<AuditRow> Rows);

    public IReadOnlyList<VersionView> Versions { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool ShowAuthors => User.IsInRole(Roles.Editor) || User.IsInRole(Roles.Admin);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var (versions, total) = await db.VersionsAsync(PageNumber, PageSize, cancellationToken);
        Total = total;
        var sourceIds = versions.SelectMany(v => v.Entries).SelectMany(AuditChanges.SourceIds).Distinct().Order().ToList();
        var (low, high) = sourceIds.Count == 0 ? (0, -1) : (sourceIds[0], sourceIds[^1]);
        var names = await AuditNames.LoadAsync(db, db.Sources.Where(s => s.Id >= low && s.Id <= high), cancellationToken);
        Versions = versions.Select(v => new VersionView(v.Revision, v.Entries.Select(names.Describe).ToList())).ToList();
    }

    public string Link(int page) => page <= 1 ? "/changes" : $"/changes?p={page}";
}
