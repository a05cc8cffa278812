namespace CentcomTracker.Web.Charts;

/// <summary>Marker for Resources/Charts/ChartText.ar.resx: the words of the charts, their summaries and the dashboard's notes.</summary>
public sealed class ChartText;
