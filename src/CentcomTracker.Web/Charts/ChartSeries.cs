namespace CentcomTracker.Web.Charts;

/// <summary>One line or one set of bars; <see cref="Points"/> follows the chart's labels, null where the series has no point.</summary>
public sealed record ChartSeries(string Key, string Label, IReadOnlyList<ChartPoint?> Points);
