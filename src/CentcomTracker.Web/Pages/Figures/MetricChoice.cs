namespace CentcomTracker.Web.Pages.Figures;

public sealed record MetricChoice(string Code, string Name, MetricKind Kind);
