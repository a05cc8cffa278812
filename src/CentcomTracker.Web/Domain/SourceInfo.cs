namespace CentcomTracker.Web.Domain;

/// <summary>
/// A source as the resolver sees it. <paramref name="Series"/> names the series of releases it belongs to
/// ("centcom" for CENTCOM's monthly, quarterly and half-year releases and the news reports that relay them); values
/// from one series compare like for like. A source with none is a series of its own.
/// </summary>
public sealed record SourceInfo(int Id, string Publisher, string Title, Period Published, SourceTier Tier, string? Series = null, string? PublisherAr = null)
{
    public string SeriesKey => SeriesKeyOf(Series, Id);

    /// <summary>The key of a source's series: its series, or <c>source-{id}</c> when it is a series of its own.</summary>
    public static string SeriesKeyOf(string? series, int id) => string.IsNullOrWhiteSpace(series) ? $"source-{id}" : series;
}
