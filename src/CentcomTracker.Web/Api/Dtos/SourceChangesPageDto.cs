using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("Changes to sources after a moment, one page of them.")]
public sealed record SourceChangesPageDto(
    [property: Description("The since asked for.")] string Since,
    [property: Description("The newest data version.")] long LatestVersion,
    [property: Description("Sources added, on all pages.")] int Added,
    [property: Description("Source corrections, on all pages.")] int Changed,
    IReadOnlyList<SourceChangeDto> Items,
    int Page,
    int PageSize,
    int TotalCount,
    int TotalPages,
    string? Next,
    string? Previous);
