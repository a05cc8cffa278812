using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("One source and every figure it reported, with the exact quotes.")]
public sealed record SourceDetailDto(
    int Id, string Publisher, string Title, string? Url, string Published, string Language, string Tier, string? Note,
    IReadOnlyList<SourceFigureDto> Figures, string? PublisherAr, string Series);
