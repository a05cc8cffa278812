namespace CentcomTracker.Web.Csv;

/// <summary>A source that importing would create.</summary>
public sealed record NewSource(string Publisher, string Title, string? Url, Period Published, string Language, SourceTier Tier, string? Note)
{
    internal SourceKey Key => new(Publisher, Title, Published.Start, Published.End);
}
