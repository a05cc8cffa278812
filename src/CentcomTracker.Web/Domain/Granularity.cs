namespace CentcomTracker.Web.Domain;

/// <summary>The calendar unit a series is bucketed by. Codes (month, quarter, half, year) appear in URLs and the API.</summary>
public enum Granularity { Month, Quarter, Half, Year }
