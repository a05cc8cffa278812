namespace CentcomTracker.Web.Provenance;

/// <summary>A column of a bundle's CSV as its Table Schema describes it (a Frictionless type: string, integer, number…).</summary>
public sealed record TableField(string Name, string Type, string Description);
