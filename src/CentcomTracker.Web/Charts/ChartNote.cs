namespace CentcomTracker.Web.Charts;

/// <summary>A remark on a point (another source's value, a stale level), with the figures it cites.</summary>
public sealed record ChartNote(string Text, IReadOnlyList<ReportedFigure> Figures);
