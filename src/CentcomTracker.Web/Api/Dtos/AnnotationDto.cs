using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A dated event marked on the time-series charts.")]
public sealed record AnnotationDto(
    int Id,
    [property: Description("The day of the event, yyyy-MM-dd.")] string Date,
    [property: Description("The marker's label in English.")] string Text,
    [property: Description("The label in Arabic, when an editor gave one.")] string? TextAr,
    [property: Description("IQ or SY; null when the event concerns both.")] string? Theatre,
    AnnotationSourceDto Source,
    [property: Description("The sentence that reported the event, in the source's language.")] string Quote);
