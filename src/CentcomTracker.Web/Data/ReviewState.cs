namespace CentcomTracker.Web.Data;

public enum ReviewState { Pending, Approved, Rejected }
