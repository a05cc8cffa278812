using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("Annotations, one page of them.")]
public sealed record AnnotationsPageDto(IReadOnlyList<AnnotationDto> Items, int Page, int PageSize, int TotalCount, int TotalPages, string? Next, string? Previous);
