using System.Text.Json.Serialization;

namespace CentcomTracker.Web.Charts;

/// <summary>An annotation in the chart's JSON island, for wwwroot/js/annotations.js.</summary>
public sealed record ChartIslandAnnotation(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("lang"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Lang,
    [property: JsonPropertyName("position"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Position);
