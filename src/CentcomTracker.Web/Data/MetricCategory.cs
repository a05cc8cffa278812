namespace CentcomTracker.Web.Data;

public enum MetricCategory { IsisActivity, CounterIsisOperations, DetentionAndCamps }
