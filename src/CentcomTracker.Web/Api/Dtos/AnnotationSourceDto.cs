using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("The source that reported an event.")]
public sealed record AnnotationSourceDto(int Id, string Publisher, string Title, string? Url, string Language);
