namespace CentcomTracker.Web.Csv;

/// <summary>A problem with one row: the column at fault (null for the whole row) and what to do about it.</summary>
public sealed record RowProblem(string? Column, CsvMessage Message, bool IsConflict = false);
