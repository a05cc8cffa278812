namespace CentcomTracker.Web.Provenance;

public static class Permalinks
{
    /// <summary>
    /// The moment a permalink pins: the one shown, or the latest numbered change (<c>v123</c>) in the request's reading
    /// of the data — taken, with the data version, before the view reads anything (<see cref="AsOfRequests"/>), so the
    /// link never pins a change newer than the numbers beside it. Not today's date: that means the end of the day, so a
    /// link cited in the morning would show any change saved in the afternoon.
    /// </summary>
    public static async ValueTask<string> AsOfLabelAsync(HttpContext context) =>
        context.Features.Get<AsOfFeature>()?.AsOf is { } shown ? shown.Label : AsOf.AfterVersion((await context.DataStampAsync()).Revision).Label;

    /// <summary>An absolute address of a view here, pinned to <see cref="AsOfLabelAsync"/>.</summary>
    public static async ValueTask<string> ForAsync(HttpContext context, string pathAndQuery) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{AsOfRequests.WithAsOf(pathAndQuery, await AsOfLabelAsync(context))}";

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
