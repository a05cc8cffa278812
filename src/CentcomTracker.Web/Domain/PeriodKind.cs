namespace CentcomTracker.Web.Domain;

public enum PeriodKind { Day, Month, Quarter, Half, Year, Range }
