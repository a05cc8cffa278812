namespace CentcomTracker.Web.Pages.Figures;

/// <summary>One place a figure takes part in: the resolution of (metric, theatre, period), and how.</summary>
public sealed record FigureUse(string Theatre, Period Period, UseKind Kind, Resolution Resolution, Reconciliation? Reconciliation);
