namespace CentcomTracker.Web.Charts;

/// <summary>
/// One chart of the dashboard: the single model from which the JSON island (what is drawn), the table beside the
/// chart and the CSV download are all produced, so the three cannot disagree.
/// </summary>
public sealed record ChartView(
    string Id,
    ChartType Type,
    string Title,
    string Summary,
    string CategoryHeading,
    IReadOnlyList<string> Labels,
    IReadOnlyList<ChartSeries> Series,
    bool SpanGaps = false,
    IReadOnlyList<DateOnly>? Dates = null,
    IReadOnlyList<ChartAnnotation>? Annotations = null)
{
    /// <summary>The rows of the table and of the CSV: every point, category by category, series by series.</summary>
    public IReadOnlyList<ChartPoint> Rows =>
        Labels.SelectMany((_, i) => Series.Select(s => s.Points[i])).OfType<ChartPoint>().ToList();

    /// <summary>Every figure the chart rests on, values first, then the figures its notes cite.</summary>
    public IEnumerable<ReportedFigure> Figures =>
        Rows.SelectMany(r => r.Figures).Concat(Rows.SelectMany(r => r.Notes.SelectMany(n => n.Figures))).DistinctBy(f => f.Id);

    /// <summary>"Sources: US Central Command; Associated Press (via CFJC Today)", drawn under an exported picture.</summary>

    public bool IsEmpty => Rows.All(r => !r.IsReported);

    public ChartIsland ToIsland(string locale, bool rightToLeft, string notReported, string sourceLine) => new(
        Id,
        Type == ChartType.Bar ? "bar" : "line",
        Title,
        Summary,
        locale,
        rightToLeft ? "rtl" : "ltr",
        notReported,
        sourceLine,
        SpanGaps,
        Labels,
        Dates?.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList(),
        Series.Select(s => new ChartIslandDataset(
            s.Key,
            s.Label,
            s.Points.Select(p => p?.Value).ToList(),
            s.Points.Select(p => p?.Text).ToList(),
            s.Points.Select(p => p is null ? null : KindCode(p.Kind)).ToList())).ToList(),
        Annotations is { Count: > 0 } marked ? ChartAnnotations.ToIsland(marked) : null);

    public static string KindCode(PointKind kind) => kind switch
    {
        PointKind.Partial => "partial",
        PointKind.Alternative => "alternative",
        PointKind.Pace => "pace",
        PointKind.Peak => "peak",
        _ => "value",
    };
}
