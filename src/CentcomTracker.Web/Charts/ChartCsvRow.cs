using CsvHelper;

namespace CentcomTracker.Web.Charts;

/// <summary>
/// One row of a chart's CSV: the table's row (category, series, value as written) plus stable codes and the
/// sources behind the value, with the notes on it and on its figures. <c>value</c> is empty when not reported: never 0.
/// </summary>
[CsvRecord]
public sealed partial class ChartCsvRow
{
    [CsvColumn("chart")] public required string Chart { get; init; }
    [CsvColumn("category")] public required string Category { get; init; }
    [CsvColumn("series")] public required string Series { get; init; }
    [CsvColumn("value")] public decimal? Value { get; init; }
    [CsvColumn("qualifier")] public string? Qualifier { get; init; }
    [CsvColumn("as_written")] public required string Text { get; init; }
    [CsvColumn("kind")] public required string Kind { get; init; }
    [CsvColumn("metric")] public required string Metric { get; init; }
    [CsvColumn("theatre")] public required string Theatre { get; init; }
    [CsvColumn("period")] public required string Period { get; init; }
    [CsvColumn("as_of")] public string? AsOf { get; init; }
    [CsvColumn("how")] public required string How { get; init; }
    [CsvColumn("coverage_days")] public string? Coverage { get; init; }
    [CsvColumn("notes")] public required string Notes { get; init; }
    [CsvColumn("figure_ids")] public required string FigureIds { get; init; }
    [CsvColumn("source_ids")] public required string SourceIds { get; init; }
    [CsvColumn("sources")] public required string Sources { get; init; }
    [CsvColumn("source_urls")] public required string SourceUrls { get; init; }
    [CsvColumn("quotes")] public required string Quotes { get; init; }

    public static ChartCsvRow From(string chart, ChartPoint row, IReadOnlyDictionary<int, Footnotes.Note> notes)
    {
        // A figure deleted while this request ran has no note left to cite; the next request resolves without it.
        var cited = row.Figures.Where(f => notes.ContainsKey(f.Id)).Select(f => notes[f.Id]).ToList();
        return new ChartCsvRow
        {
            Chart = chart,
            Category = row.Category,
            Series = row.Series,
            Value = row.Value,
            Qualifier = row.Qualifier is { } q ? Domain.Qualifiers.Code(q) : null,
            Text = row.Text,
            Kind = ChartView.KindCode(row.Kind),
            Metric = row.Metric,
            Theatre = row.Theatre,
            Period = row.Period.Label,
            AsOf = row.AsOf?.Label,
            How = row.How,
            Coverage = row.Coverage is { } c ? $"{c.CoveredDays}/{c.TotalDays}" : null,
            // The chart's notes on the value, then what the editors noted on the figures behind it (a quote giving only the total).
            Notes = string.Join(" | ", row.Notes.Select(n => n.Text).Concat(cited.Select(n => n.FigureNote).OfType<string>()).Distinct()),
            FigureIds = string.Join(";", cited.Select(n => n.FigureId)),
            SourceIds = string.Join(";", cited.Select(n => n.SourceId).Distinct()),
            Sources = string.Join(" | ", cited.DistinctBy(n => n.SourceId).Select(n => $"{n.Publisher}: {n.Title} ({n.Published.Label})")),
            SourceUrls = string.Join(" ", cited.DistinctBy(n => n.SourceId).Select(n => n.Url).OfType<string>()),
            Quotes = string.Join(" | ", cited.Select(n => n.Quote).Distinct()),
        };
    }
}
