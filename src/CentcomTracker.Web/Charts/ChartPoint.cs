namespace CentcomTracker.Web.Charts;

/// <summary>
/// One value of one series at one category: what is drawn (<see cref="Value"/>, null when not reported), what is
/// written (<see cref="Text"/>: "more than 9,000", "not reported"), and where it came from.
/// </summary>
public sealed record ChartPoint(
    string Category,
    string Series,
    decimal? Value,
    string Text,
    PointKind Kind,
    string Metric,
    string Theatre,
    Period Period,
    Qualifier? Qualifier,
    string How,
    Coverage? Coverage,
    Period? AsOf,
    IReadOnlyList<ReportedFigure> Figures,
    IReadOnlyList<ChartNote> Notes)
{
    public bool IsReported => Value is not null;
}
