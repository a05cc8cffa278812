using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CentcomTracker.Web.Api;

/// <summary>
/// GET /api/changes?since=…: the figures added, changed and deleted after a moment or a data version, oldest first, paged;
/// GET /api/changes/sources?since=…: the same for sources.
/// </summary>
public static class ChangesApi
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    public static RouteGroupBuilder MapChangesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/changes", GetChanges)
            .WithName("GetChanges")
            .WithSummary("Figures added, changed and deleted since a moment or a data version")
            .WithDescription(
                "Every change to a figure after since, oldest first: added (after only), changed (before and after) and deleted " +
                "(before only), each with its data version, time and reason. since is a timestamp (2024-07-16T00:00:00Z; a day " +
                "means its start, UTC) or a data version (v12: the changes after version 12; v0: every recorded change). " +
                "A version after the latest is refused (400). Editors are not named. The totals count all pages.")
            .WithTags("Changes");
        api.MapGet("/changes/sources", GetSourceChanges)
            .WithName("GetSourceChanges")
            .WithSummary("Sources added, corrected and deleted since a moment or a data version")
            .WithDescription(
                "Every change to a source after since, oldest first, in the same versions and pages as /api/changes: added (after " +
                "only) and changed (before and after), each with its data version, time and reason. Sources are never deleted. " +
                "A corrected title, date, address or tier changes what every figure citing the source traces to, without " +
                "changing the figure. since and until as for /api/changes. Editors are not named. The totals count all pages.")
            .WithTags("Changes");
        return api;
    }

    public static Task<Results<Ok<ChangesPageDto>, ValidationProblem>> GetChanges(
        [Description("A timestamp (2024-07-16T12:00:00Z), a day (2024-07-16) or a data version (v12).")][Required] string? since,
        [Description("A data version (v13): only the changes up to and including it, so since=v12&until=v13 is version 13 alone.")] string? until,
        [Description("Page number, from 1.")][Range(1, FiguresApi.MaxPage), DefaultValue("1")] string? page,
        [Description("Changes per page.")][Range(1, MaxPageSize), DefaultValue("100")] string? pageSize,
        HttpRequest request, TrackerDbContext db, CancellationToken cancellationToken) =>
        ChangesAsync(AuditEntity.Figure, new(since, until, page, pageSize), request, db, found => new ChangesPageDto(
            found.Since, found.Latest, found.Added, found.Changed, found.Deleted,
            found.Rows.Select(r => new FigureChangeDto(r.Version, r.At, r.Change, r.EntityId, FigureState(r.Before), FigureState(r.After), r.Reason)).ToList(),
            found.Page, found.Size, found.Total, found.Links.TotalPages, found.Links.Next, found.Links.Previous), cancellationToken);

    public static Task<Results<Ok<SourceChangesPageDto>, ValidationProblem>> GetSourceChanges(
        [Description("A timestamp (2024-07-16T12:00:00Z), a day (2024-07-16) or a data version (v12).")][Required] string? since,
        [Description("A data version (v13): only the changes up to and including it, so since=v12&until=v13 is version 13 alone.")] string? until,
        [Description("Page number, from 1.")][Range(1, FiguresApi.MaxPage), DefaultValue("1")] string? page,
        [Description("Changes per page.")][Range(1, MaxPageSize), DefaultValue("100")] string? pageSize,
        HttpRequest request, TrackerDbContext db, CancellationToken cancellationToken) =>
        ChangesAsync(AuditEntity.Source, new(since, until, page, pageSize), request, db, found => new SourceChangesPageDto(
            found.Since, found.Latest, found.Added, found.Changed,
            found.Rows.Select(r => new SourceChangeDto(r.Version, r.At, r.Change, r.EntityId, SourceState(r.EntityId, r.Before), SourceState(r.EntityId, r.After), r.Reason)).ToList(),
            found.Page, found.Size, found.Total, found.Links.TotalPages, found.Links.Next, found.Links.Previous), cancellationToken);

    private sealed record Query(string? Since, string? Until, string? Page, string? PageSize);

    private sealed record Row(long? Version, DateTime At, string Change, int EntityId, string? Before, string? After, string? Reason);

    private sealed record Found(string Since, long Latest, int Added, int Changed, int Deleted, IReadOnlyList<Row> Rows, int Page, int Size, int Total, ApiPageLinks Links);

    /// <summary>One page of the recorded changes to one kind of record after <c>since</c> (and up to <c>until</c>), oldest first.</summary>
    private static async Task<Results<Ok<T>, ValidationProblem>> ChangesAsync<T>(
        AuditEntity entity, Query query, HttpRequest request, TrackerDbContext db, Func<Found, T> toPage, CancellationToken cancellationToken)
    {
        var args = new ApiArguments();
        var text = args.Required("since", query.Since);
        var pageNumber = args.Integer("page", query.Page, 1, 1, FiguresApi.MaxPage);
        var size = args.Integer("pageSize", query.PageSize, DefaultPageSize, 1, MaxPageSize);
        long? version = null;
        DateTime? after = null;
        if (text is not null)
        {
            var latin = Digits.ToLatin(text);
            if (latin.Length > 1 && latin[0] is 'v' or 'V' && long.TryParse(latin[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var v)) version = v;
            else if (DateTimeOffset.TryParse(latin, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)) after = t.UtcDateTime;
            else args.Fail("since", $"since must be a timestamp (2024-07-16T00:00:00Z), a day (2024-07-16) or a data version (v12); \"{text}\" is none of these.");
        }

        long? upTo = null;
        if (!string.IsNullOrWhiteSpace(query.Until))
        {
            var latin = Digits.ToLatin(query.Until.Trim());
            if (latin.Length > 1 && latin[0] is 'v' or 'V' && long.TryParse(latin[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var u)) upTo = u;
            else args.Fail("until", $"until must be a data version (v13); \"{query.Until}\" is not one.");
        }

        if (!args.IsValid)
        {
            return args.Problem();
        }

        var latest = await db.LatestRevisionAsync(cancellationToken);
        if (version > latest)
        {
            // As asof=v99 is refused: a version that does not exist yet is a mistake, not "no changes".
            args.Fail("since", $"There is no data version {version}: the latest is v{latest}.");
            return args.Problem();
        }

        if (upTo > latest || upTo < version)
        {
            args.Fail("until", upTo > latest
                ? $"There is no data version {upTo}: the latest is v{latest}."
                : $"until (v{upTo}) comes before since (v{version}).");
            return args.Problem();
        }

        var entries = db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entity);
        entries = version is { } sinceVersion ? entries.Where(a => a.RevisionId > sinceVersion) : entries.Where(a => a.At > after!.Value);
        if (upTo is { } last) entries = entries.Where(a => a.RevisionId <= last);
        var counts = await entries.GroupBy(a => a.Action).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var total = counts.Sum(c => c.Count);
        var rows = await entries.OrderBy(a => a.Id).Skip((pageNumber - 1) * size).Take(size)
            .Select(a => new { a.RevisionId, a.At, a.Action, a.EntityId, a.Before, a.After, a.Reason })
            .ToListAsync(cancellationToken);

        var items = rows.Select(a => new Row(a.RevisionId, DateTime.SpecifyKind(a.At, DateTimeKind.Utc),
            a.Action switch { AuditAction.Create => "added", AuditAction.Update => "changed", _ => "deleted" },
            a.EntityId, a.Before, a.After, a.Reason)).ToList();
        var links = ApiPageLinks.For(request, pageNumber, size, total, ("since", text), ("until", upTo is { } l ? $"v{l}" : null));
        int Count(AuditAction action) => counts.FirstOrDefault(c => c.Key == action)?.Count ?? 0;
        return TypedResults.Ok(toPage(new Found(text!, latest, Count(AuditAction.Create), Count(AuditAction.Update), Count(AuditAction.Delete),
            items, pageNumber, size, total, links)));
    }

    private static FigureStateDto? FigureState(string? json) => AuditSnapshots.ReadFigure(json) is not { } f ? null
        : new FigureStateDto(f.Metric, f.Theatre, f.Period, f.Value, f.Qualifier, f.SourceId, f.Quote, f.Translation, f.Note);

    private static SourceStateDto? SourceState(int id, string? json) => AuditSnapshots.ReadSource(json) is not { } s ? null
        : new SourceStateDto(s.Publisher, s.PublisherAr, s.Title, s.Url, s.Published, s.Language, s.Tier, SourceInfo.SeriesKeyOf(s.Series, id), s.Note);
}
