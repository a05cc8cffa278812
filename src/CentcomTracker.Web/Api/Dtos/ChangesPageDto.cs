using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("Changes to figures after a moment, one page of them.")]
public sealed record ChangesPageDto(
    [property: Description("The since asked for.")] string Since,
    [property: Description("The newest data version.")] long LatestVersion,
    [property: Description("Figures added, on all pages.")] int Added,
    [property: Description("Figure changes, on all pages.")] int Changed,
    [property: Description("Figures deleted, on all pages.")] int Deleted,
    IReadOnlyList<FigureChangeDto> Items,
    int Page,
    int PageSize,
    int TotalCount,
    int TotalPages,
    string? Next,
    string? Previous);
