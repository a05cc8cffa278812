using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("One metric in one theatre over time, bucket by bucket.")]
public sealed record SeriesDto(
    MetricRefDto Metric,
    TheatreRefDto Theatre,
    string Granularity,
    [property: Description("First bucket's label; null when nothing was ever reported.")] string? From,
    [property: Description("Last bucket's label; null when nothing was ever reported.")] string? To,
    IReadOnlyList<SeriesPointDto> Points);
