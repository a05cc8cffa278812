namespace CentcomTracker.Web.Charts;

/// <summary>
/// What a drawn value is, so the chart can draw it differently (not by colour alone) and the table can say so:
/// a value as resolved; a partial sum (some months missing); another source's value for the same thing;
/// an annualised pace (a projection, not a count).
/// </summary>
/// <summary>How a point is drawn; a peak ("the peak of over 70,000 in 2019") is a record, never joined to the levels' line.</summary>
public enum PointKind { Value, Partial, Alternative, Pace, Peak }
