using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("One page of figures.")]
public sealed record FiguresPageDto(
    IReadOnlyList<FigureDto> Items,
    int Page,
    int PageSize,
    [property: Description("Figures matching the filters, on all pages.")] int TotalCount,
    int TotalPages,
    [property: Description("Relative link to the next page with the same filters; null on the last page.")] string? Next,
    [property: Description("Relative link to the previous page; null on the first.")] string? Previous);
