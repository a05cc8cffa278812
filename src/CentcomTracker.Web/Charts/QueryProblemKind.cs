namespace CentcomTracker.Web.Charts;

public enum QueryProblemKind { Period, Theatre, Trend }
