namespace CentcomTracker.Web.Charts;

/// <summary>
/// The view an analyst asked for, as held in the query string (<c>?a=2023&amp;b=2024-H1&amp;theatre=IQ&amp;trend=operations</c>):
/// two periods, a theatre and the metric of the monthly trend. The dashboard and the chart downloads read it the
/// same way, so a shared link and a downloaded CSV always describe the same view.
/// </summary>
public sealed record DashboardQuery(Period A, Period B, string Theatre, string Trend, string? Baseline = null)
{
    /// <summary>
    /// The baseline source an analyst chose for A (a series key such as <c>bbc-monitoring</c>, or a source id), or
    /// null for the default. Anything else (too long, odd characters) is no choice at all: the default stands.
    /// </summary>
    public static string? ReadBaseline(string? text)
    {
        var key = text?.Trim();
        return string.IsNullOrEmpty(key) || key.Length > 60 || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? null
            : key.ToLowerInvariant();
    }

    public static readonly Period DefaultA = Period.Year(2023);
    public static readonly Period DefaultB = Period.Half(2024, 1);
    public const string DefaultTheatre = DomainCodes.IraqAndSyria;
    public const string DefaultTrend = "operations";

    public static DashboardQuery Default { get; } = new(DefaultA, DefaultB, DefaultTheatre, DefaultTrend);

    /// <summary>The query string of this view, for links: <c>a=2023&amp;b=2024-H1&amp;theatre=IQ%2BSY</c> (trend and baseline only when not the default).</summary>
    public string ToQueryString()
    {
        var parts = new List<KeyValuePair<string, string?>>
        {
            new("a", A.Label), new("b", B.Label), new("theatre", Theatre),
        };
        if (Trend != DefaultTrend) parts.Add(new("trend", Trend));
        if (Baseline is not null) parts.Add(new("baseline", Baseline));
        return QueryString.Create(parts).ToString().TrimStart('?');
    }

    /// <summary>
    /// Reads the four parameters. A missing one takes its default; a wrong one also takes its default and is
    /// reported in <paramref name="problems"/>, so the caller can show the default view with a specific message
    /// (the page) or refuse the request (a download).
    /// </summary>
    public static DashboardQuery Read(string? a, string? b, string? theatre, string? trend,
        IReadOnlyCollection<string> theatres, IReadOnlyCollection<string> trendMetrics, out IReadOnlyList<QueryProblem> problems)
    {
        var found = new List<QueryProblem>();

        Period ReadPeriod(string name, string? text, Period fallback)
        {
            if (string.IsNullOrWhiteSpace(text)) return fallback;
            // ٢٠٢٤-H1 typed on an Arabic keyboard is 2024-H1.
            if (Period.TryParseReadable(text, out var period, out var error)) return period;
            found.Add(new QueryProblem(name, Shorten(text), QueryProblemKind.Period, error, fallback.Label));
            return fallback;
        }

        string ReadCode(string name, string? text, IReadOnlyCollection<string> allowed, string fallback, QueryProblemKind kind)
        {
            if (string.IsNullOrWhiteSpace(text)) return fallback;
            var typed = kind == QueryProblemKind.Theatre ? Data.VocabularyLookup.TheatreCode(text) : text.Trim();
            var code = allowed.FirstOrDefault(c => string.Equals(c, typed, StringComparison.OrdinalIgnoreCase));
            if (code is not null) return code;
            found.Add(new QueryProblem(name, Shorten(text), kind,
                new Message("\"{0}\" is not one of {1}.", Shorten(text), string.Join(", ", allowed)), fallback));
            return fallback;
        }

        var query = new DashboardQuery(
            ReadPeriod("a", a, DefaultA),
            ReadPeriod("b", b, DefaultB),
            ReadCode("theatre", theatre, theatres, DefaultTheatre, QueryProblemKind.Theatre),
            ReadCode("trend", trend, trendMetrics, DefaultTrend, QueryProblemKind.Trend));
        problems = found;
        return query;
    }

    // A parameter is echoed back in a message; a pasted paragraph should not fill the page.
    private static string Shorten(string text) => Characters.Shorten(text.Trim(), 40);
}
