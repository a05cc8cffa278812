using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace CentcomTracker.Web.Charts;

/// <summary>
/// The JSON island a chart is drawn from (<c>&lt;script type="application/json" id="chart-{id}"&gt;</c>), read by
/// wwwroot/js/charts.js. <c>labels</c> are the categories (x axis); each dataset's <c>data</c> has one number or
/// null per label (null: not reported, or no figure at that date), <c>text</c> the same values as written on the
/// page ("more than 9,000", "not reported"), and <c>kinds</c> how each is drawn (value, partial, alternative, pace).
/// <c>locale</c> (e.g. <c>ar-u-nu-latn</c>) and <c>dir</c> let the script format numbers like the server and mirror
/// the chart for Arabic. A chart over dates (levels as of a day) also has <c>dates</c>, one ISO date per label, so
/// the script spaces the points in proportion to time rather than evenly. A time-series chart may have
/// <c>annotations</c>: dated events drawn as markers (<see cref="ChartIslandAnnotation"/>).
/// </summary>
public sealed record ChartIsland(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("locale")] string Locale,
    [property: JsonPropertyName("dir")] string Dir,
    [property: JsonPropertyName("notReported")] string NotReported,
    [property: JsonPropertyName("sourceLine")] string SourceLine,
    [property: JsonPropertyName("spanGaps")] bool SpanGaps,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("dates"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Dates,
    [property: JsonPropertyName("datasets")] IReadOnlyList<ChartIslandDataset> Datasets,
    [property: JsonPropertyName("annotations"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ChartIslandAnnotation>? Annotations = null)
{
    // Arabic stays readable in the page source; <, >, & and quotes are still escaped, so no text can close the island.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}
