using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CentcomTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Provenance;

/// <summary>
/// <c>GET /feed.atom</c>: an Atom 1.0 feed (RFC 4287) of the latest data versions, newest first. Each entry's id is
/// the permanent address of the data as of that version; it links to its place on /changes. No editor is named.
/// </summary>
public static class ChangesFeed
{
    public const int Entries = 50;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static IEndpointRouteBuilder MapChangesFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feed.atom", WriteAsync).ExcludeFromDescription().CacheOutput(FiguresCache.Policy);
        return app;
    }

    private static async Task<IResult> WriteAsync(HttpContext http, TrackerDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var site = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var versions = await db.Revisions.AsNoTracking().OrderByDescending(r => r.Id).Take(Entries).ToListAsync(cancellationToken);
        var updated = versions.Count > 0 ? versions[0].At : clock.GetUtcNow().UtcDateTime;
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", $"{site}/changes"),
            new XElement(Atom + "title", "CentcomTracker: changes to the data"),
            new XElement(Atom + "subtitle", "Every numbered data version: figures added, changed and deleted, with their sources."),
            new XElement(Atom + "updated", Rfc3339(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", "CentcomTracker")),
            Link("self", $"{site}/feed.atom", "application/atom+xml"),
            Link("alternate", $"{site}/changes", "text/html"),
            versions.Select(r => new XElement(Atom + "entry",
                new XElement(Atom + "id", $"{site}/?asof=v{r.Id.ToString(CultureInfo.InvariantCulture)}"),
                new XElement(Atom + "title", $"Version {r.Id.ToString(CultureInfo.InvariantCulture)}: {ChangeQueries.Summary(r)}"),
                new XElement(Atom + "updated", Rfc3339(r.At)),
                Link("alternate", $"{site}/changes?p={PageOf(versions[0].Id, r.Id)}#v{r.Id.ToString(CultureInfo.InvariantCulture)}", "text/html"),
                Link("related", $"{site}/?asof=v{r.Id.ToString(CultureInfo.InvariantCulture)}", "text/html"),
                VersionData(site, "/api/changes", r.Id),
                r.SourcesAdded + r.SourcesChanged == 0 ? null
                    : VersionData(site, "/api/changes/sources", r.Id),
                new XElement(Atom + "summary", r.Reason is null ? ChangeQueries.Summary(r) : $"{ChangeQueries.Summary(r)}. {r.Reason}"))));

        var text = new StringBuilder();
        await using (var writer = XmlWriter.Create(new StringWriter(text), new XmlWriterSettings { Async = true, Indent = true, Encoding = Encoding.UTF8 }))
        {
            await new XDocument(new XDeclaration("1.0", "utf-8", null), feed).SaveAsync(writer, cancellationToken);
        }

        return Results.Text(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/atom+xml; charset=utf-8", Encoding.UTF8);
    }

    private static long PageOf(long newest, long version) => (newest - version) / Pages.Changes.IndexModel.DefaultPageSize + 1;

    /// <summary>A link to one version's changes alone in the API: since the version before it, until it.</summary>
    private static XElement VersionData(string site, string path, long version) => Link("describedby",
        $"{site}{path}?since=v{(version - 1).ToString(CultureInfo.InvariantCulture)}&until=v{version.ToString(CultureInfo.InvariantCulture)}", "application/json");

    private static XElement Link(string rel, string href, string type) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("href", href), new XAttribute("type", type));

    private static string Rfc3339(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
