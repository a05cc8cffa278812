namespace CentcomTracker.Web.Csv;

public sealed record ImportSummary(int CreatedFigures, int CreatedSources, int Unchanged, bool Pending = false);
