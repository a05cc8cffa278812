using System.Text.Json.Serialization;

namespace CentcomTracker.Web.Charts;

public sealed record ChartIslandDataset(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("data")] IReadOnlyList<decimal?> Data,
    [property: JsonPropertyName("text")] IReadOnlyList<string?> Text,
    [property: JsonPropertyName("kinds")] IReadOnlyList<string?> Kinds);
