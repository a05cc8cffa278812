namespace CentcomTracker.Web.Data;

/// <summary>
/// The metrics and theatres in display order, and the codes a visitor or a program may type for them.
/// Codes match case-insensitively, and a space in a theatre code reads as "+": in a query string an unencoded
/// <c>IQ+SY</c> arrives as <c>IQ SY</c>, and no theatre code contains a space.
/// </summary>
public sealed class VocabularyLookup(IReadOnlyList<MetricRow> metrics, IReadOnlyList<TheatreRow> theatres)
{
    public IReadOnlyList<MetricRow> Metrics { get; } = metrics;

    public IReadOnlyList<TheatreRow> Theatres { get; } = theatres;

    public MetricRow? FindMetric(string? code)
    {
        var text = code?.Trim();
        return string.IsNullOrEmpty(text) ? null : Metrics.FirstOrDefault(m => string.Equals(m.Code, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Each metric's kind by code, in display order: what the input rules check a figure against.</summary>
    public IReadOnlyDictionary<string, MetricKind> Kinds => Metrics.ToDictionary(m => m.Code, m => m.Kind, StringComparer.Ordinal);

    public IReadOnlyList<string> TheatreCodes => [.. Theatres.Select(t => t.Code)];

    public TheatreRow? FindTheatre(string? code)
    {
        var text = TheatreCode(code);
        return text.Length == 0 ? null : Theatres.FirstOrDefault(t => string.Equals(t.Code, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A theatre code however it was written: "IQ+SY", "IQ SY" (an unencoded + in a query string), "IQ%2BSY" left
    /// encoded by hand or twice, with any spacing, all read as "IQ+SY". Case is left to the caller's comparison.
    /// </summary>
    public static string TheatreCode(string? code) =>
        string.Join('+', (code ?? "").Replace("%2B", "+", StringComparison.OrdinalIgnoreCase)
            .Split([' ', '+', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
