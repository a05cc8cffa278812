namespace CentcomTracker.Web.Charts;

public enum ChartType { Bar, Line }
