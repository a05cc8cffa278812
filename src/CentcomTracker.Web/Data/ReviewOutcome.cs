namespace CentcomTracker.Web.Data;

/// <summary>How a review decision ended.</summary>
public enum ReviewOutcome { Done, NotFound, AlreadyDecided, OwnChange, ChangedMeanwhile, Duplicate, SourceGone, PeriodAfterPublication }
