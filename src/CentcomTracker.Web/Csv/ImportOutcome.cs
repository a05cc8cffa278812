namespace CentcomTracker.Web.Csv;

/// <summary>The result of an attempt to import: committed (with its summary), or not, with the plan that says why.</summary>
public sealed record ImportOutcome(ImportPlan Plan, ImportSummary? Committed, bool DatabaseChanged = false);
