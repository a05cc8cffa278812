using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("One source with the number of figures it reported.")]
public sealed record SourceDto(
    int Id, string Publisher, string Title, string? Url, string Published, string Language, string Tier, string? Note,
    int FigureCount, string? PublisherAr, string Series);
