namespace CentcomTracker.Web.Provenance;

public static class Permalinks
{
    /// <summary>The moment a permalink pins: the one shown, or today.</summary>
    public static string AsOfLabel(HttpContext context) =>
        context.Features.Get<AsOfFeature>()?.AsOf?.Label
        ?? AsOfRequests.Today(DateOnly.FromDateTime(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));

    /// <summary>An absolute address of a view here, pinned to <see cref="AsOfLabel"/>.</summary>
    public static string For(HttpContext context, string pathAndQuery) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{AsOfRequests.WithAsOf(pathAndQuery, AsOfLabel(context))}";

    /// <summary>The same address with the moment shown, if any (a download link on a past view downloads the past).</summary>
    public static string Local(HttpContext context, string pathAndQuery) =>
        AsOfRequests.WithAsOf(pathAndQuery, context.Features.Get<AsOfFeature>()?.AsOf?.Label);

    /// <summary>Publishers most cited first, each once.</summary>
    public static IReadOnlyList<string> Publishers(IEnumerable<ReportedFigure> figures) =>
        MostCitedFirst(figures.Select(f => f.Source.PublisherName()));

    public static IReadOnlyList<string> Publishers(IEnumerable<Footnotes.Note> notes) => MostCitedFirst(notes.Select(n => n.Publisher));

    private static IReadOnlyList<string> MostCitedFirst(IEnumerable<string> publishers) =>
        publishers.GroupBy(p => p).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
}
