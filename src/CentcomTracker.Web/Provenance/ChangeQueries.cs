using System.Globalization;

namespace CentcomTracker.Web.Provenance;

public static class ChangeQueries
{
    /// <summary>
    /// One page of data versions, newest first, with their entries. The entries are read by the page's range of
    /// version numbers (two parameters, whatever the page size), never by a list of ids.
    /// </summary>
    public static async Task<IReadOnlyList<VersionWithEntries>> VersionsAsync(this TrackerDbContext db, Pages.Paging page, CancellationToken cancellationToken = default)
    {
        var revisions = await page.Of(db.Revisions.AsNoTracking().OrderByDescending(r => r.Id)).ToListAsync(cancellationToken);
        if (revisions.Count == 0) return [];

        var (low, high) = (revisions[^1].Id, revisions[0].Id);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.RevisionId >= low && a.RevisionId <= high).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var byVersion = entries.ToLookup(e => e.RevisionId!.Value);
        return revisions.Select(r => new VersionWithEntries(r, byVersion[r.Id].ToList())).ToList();
    }

    /// <summary>"2 figures added, 1 figure changed" in English, for the feed and the API (the page words it in the reader's language).</summary>
    public static string Summary(Revision r)
    {
        var parts = new List<string>();
        void Add(int n, string thing, string what)
        {
            if (n > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{n} {thing}{(n == 1 ? "" : "s")} {what}"));
        }

        Add(r.FiguresAdded, "figure", "added");
        Add(r.FiguresChanged, "figure", "changed");
        Add(r.FiguresDeleted, "figure", "deleted");
        Add(r.SourcesAdded, "source", "added");
        Add(r.SourcesChanged, "source", "changed");
        Add(r.AnnotationsAdded, "annotation", "added");
        Add(r.AnnotationsChanged, "annotation", "changed");
        Add(r.AnnotationsDeleted, "annotation", "deleted");
        return parts.Count == 0 ? "Nothing changed" : string.Join(", ", parts);
    }
}
