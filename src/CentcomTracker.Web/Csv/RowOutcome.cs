namespace CentcomTracker.Web.Csv;

public enum RowOutcome { Create, Unchanged, Conflict, Error }
