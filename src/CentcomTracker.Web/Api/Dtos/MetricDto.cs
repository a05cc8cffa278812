using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("What is counted. Kind 'count' adds up over time and across theatres; kind 'level' is a quantity at a date and never adds up.")]
public sealed record MetricDto(
    [property: Description("Stable code used in URLs, the API and CSV, e.g. operations.")] string Code,
    [property: Description("count or level.")] string Kind,
    [property: Description("isis-activity, counter-isis-operations or detention-and-camps.")] string Category,
    LocalizedText Name,
    LocalizedText Unit,
    OptionalLocalizedText Description,
    int DisplayOrder);
