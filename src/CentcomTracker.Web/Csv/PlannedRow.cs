namespace CentcomTracker.Web.Csv;

/// <summary>What importing one row would do.</summary>
public sealed record PlannedRow(int Number, FigureRecord? Record, RowOutcome Outcome, IReadOnlyList<RowProblem> Problems);
