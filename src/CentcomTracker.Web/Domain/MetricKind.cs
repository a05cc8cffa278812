namespace CentcomTracker.Web.Domain;

/// <summary>
/// Count: events over a period, which add up over time and across theatres.
/// Level: a quantity at a date, which never adds up; the latest value stands.
/// </summary>
public enum MetricKind { Count, Level }
