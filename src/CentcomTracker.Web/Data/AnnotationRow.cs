namespace CentcomTracker.Web.Data;

/// <summary>An annotation with its source, as pages, charts and the API show it.</summary>
public sealed record AnnotationRow(
    int Id, DateOnly Date, string Text, string? TextAr, string? Theatre, int SourceId,
    string Publisher, string Title, string? Url, string Quote, string Language);
