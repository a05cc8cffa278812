namespace CentcomTracker.Web.Provenance;

public sealed record BundleQuote(int FigureId, int SourceId, string Quote, string? Translation);
