using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using CentcomTracker.Web.Domain;

namespace CentcomTracker.Web.Charts;

public enum ChartType { Bar, Line }

/// <summary>
/// What a drawn value is, so the chart can draw it differently (not by colour alone) and the table can say so:
/// a value as resolved; a partial sum (some months missing); another source's value for the same thing;
/// an annualised pace (a projection, not a count).
/// </summary>
/// <summary>How a point is drawn; a peak ("the peak of over 70,000 in 2019") is a record, never joined to the levels' line.</summary>
public enum PointKind { Value, Partial, Alternative, Pace, Peak }

/// <summary>A remark on a point (another source's value, a stale level), with the figures it cites.</summary>
public sealed record ChartNote(string Text, IReadOnlyList<ReportedFigure> Figures);

/// <summary>
/// One value of one series at one category: what is drawn (<see cref="Value"/>, null when not reported), what is
/// written (<see cref="Text"/>: "more than 9,000", "not reported"), and where it came from.
/// </summary>
public sealed record ChartPoint(
    string Category,
    string Series,
    decimal? Value,
    string Text,
    PointKind Kind,
    string Metric,
    string Theatre,
    Period Period,
    Qualifier? Qualifier,
    string How,
    Coverage? Coverage,
    Period? AsOf,
    IReadOnlyList<ReportedFigure> Figures,
    IReadOnlyList<ChartNote> Notes)
{
    public bool IsReported => Value is not null;
}

/// <summary>One line or one set of bars; <see cref="Points"/> follows the chart's labels, null where the series has no point.</summary>
public sealed record ChartSeries(string Key, string Label, IReadOnlyList<ChartPoint?> Points);

/// <summary>
/// One chart of the dashboard: the single model from which the JSON island (what is drawn), the table beside the
/// chart and the CSV download are all produced, so the three cannot disagree.
/// </summary>
public sealed record ChartView(
    string Id,
    ChartType Type,
    string Title,
    string Summary,
    string CategoryHeading,
    IReadOnlyList<string> Labels,
    IReadOnlyList<ChartSeries> Series,
    bool SpanGaps = false,
    IReadOnlyList<DateOnly>? Dates = null,
    IReadOnlyList<ChartAnnotation>? Annotations = null)
{
    /// <summary>The rows of the table and of the CSV: every point, category by category, series by series.</summary>
    public IReadOnlyList<ChartPoint> Rows =>
        Labels.SelectMany((_, i) => Series.Select(s => s.Points[i])).OfType<ChartPoint>().ToList();

    /// <summary>Every figure the chart rests on, values first, then the figures its notes cite.</summary>
    public IEnumerable<ReportedFigure> Figures =>
        Rows.SelectMany(r => r.Figures).Concat(Rows.SelectMany(r => r.Notes.SelectMany(n => n.Figures))).DistinctBy(f => f.Id);

    /// <summary>"Sources: US Central Command; Associated Press (via CFJC Today)", drawn under an exported picture.</summary>
    public IReadOnlyList<string> Publishers => Rows.SelectMany(r => r.Figures).Select(f => f.Source.Publisher).Distinct().ToList();

    public bool IsEmpty => Rows.All(r => !r.IsReported);

    public ChartIsland ToIsland(string locale, bool rightToLeft, string notReported, string sourceLine) => new(
        Id,
        Type == ChartType.Bar ? "bar" : "line",
        Title,
        Summary,
        locale,
        rightToLeft ? "rtl" : "ltr",
        notReported,
        sourceLine,
        SpanGaps,
        Labels,
        Dates?.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList(),
        Series.Select(s => new ChartIslandDataset(
            s.Key,
            s.Label,
            s.Points.Select(p => p?.Value).ToList(),
            s.Points.Select(p => p?.Text).ToList(),
            s.Points.Select(p => p is null ? null : KindCode(p.Kind)).ToList())).ToList(),
        Annotations is { Count: > 0 } marked ? ChartAnnotations.ToIsland(marked) : null);

    public static string KindCode(PointKind kind) => kind switch
    {
        PointKind.Partial => "partial",
        PointKind.Alternative => "alternative",
        PointKind.Pace => "pace",
        PointKind.Peak => "peak",
        _ => "value",
    };
}

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

public sealed record ChartIslandDataset(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("data")] IReadOnlyList<decimal?> Data,
    [property: JsonPropertyName("text")] IReadOnlyList<string?> Text,
    [property: JsonPropertyName("kinds")] IReadOnlyList<string?> Kinds);
