using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("One source and the figures it reported, with the exact quotes, a page of figures at a time.")]
public sealed record SourceDetailDto(
    int Id, string Publisher, string Title, string? Url, string Published, string Language, string Tier, string? Note,
    [property: Description("This page of the source's figures, by period, metric and theatre.")] IReadOnlyList<SourceFigureDto> Figures,
    string? PublisherAr, string Series,
    int Page,
    int PageSize,
    [property: Description("The source's figures on all pages.")] int FiguresTotal,
    int TotalPages,
    [property: Description("Relative link to the next page of figures; null on the last page.")] string? Next,
    [property: Description("Relative link to the previous page of figures; null on the first.")] string? Previous);
