using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("One page of sources, newest first.")]
public sealed record SourcesPageDto(
    IReadOnlyList<SourceDto> Items,
    int Page,
    int PageSize,
    [property: Description("Sources on all pages.")] int TotalCount,
    int TotalPages,
    [property: Description("Relative link to the next page; null on the last page.")] string? Next,
    [property: Description("Relative link to the previous page; null on the first.")] string? Previous);
