namespace CentcomTracker.Web.Domain;

public enum Agreement { Matches, Consistent, Differs }
