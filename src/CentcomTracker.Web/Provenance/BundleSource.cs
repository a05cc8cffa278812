namespace CentcomTracker.Web.Provenance;

public sealed record BundleSource(int Id, string Publisher, string Title, string? Url, string Published);
