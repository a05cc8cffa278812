namespace CentcomTracker.Web.Domain;

/// <summary>A pace set against one baseline of like duration: the baseline annualised when it covers part of the year.</summary>
public sealed record BaselineRatio(Resolution Baseline, Pace? Annualised, decimal PerYear, decimal Ratio, Qualifier Qualifier);
