using System.Globalization;
using CentcomTracker.Web.Charts;
using CentcomTracker.Web.Csv;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CentcomTracker.Web.Provenance;

/// <summary>
/// Data bundles (ZIP: the view's CSV, datapackage.json, README): <c>/bundle/charts/{chart}.zip</c> and
/// <c>/bundle/dashboard.zip</c> (with the dashboard's a, b, theatre, trend), <c>/bundle/compare/{a}/{b}.zip</c>,
/// <c>/bundle/metrics/{code}.zip</c> and <c>/bundle/all.zip</c> (every figure). <c>asof</c> works as on the pages.
/// A bad parameter is refused (400), as for the chart CSVs.
/// </summary>
public static class Bundles
{
    public static IEndpointRouteBuilder MapDataBundles(this IEndpointRouteBuilder app)
    {
        var bundles = app.MapGroup("/bundle").ExcludeFromDescription().CacheOutput(FiguresCache.Policy);
        bundles.MapGet("/charts/{chart}.zip", (HttpContext http, string chart, string? a, string? b, string? theatre, string? trend,
            TrackerDbContext db, ResolverCache resolvers, IStringLocalizer<ChartText> words, CancellationToken ct) =>
            DashboardAsync(http, chart, a, b, theatre, trend, db, resolvers, words, ct));
        bundles.MapGet("/dashboard.zip", (HttpContext http, string? a, string? b, string? theatre, string? trend,
            TrackerDbContext db, ResolverCache resolvers, IStringLocalizer<ChartText> words, CancellationToken ct) =>
            DashboardAsync(http, null, a, b, theatre, trend, db, resolvers, words, ct));
        bundles.MapGet("/compare/{a}/{b}.zip", CompareAsync);
        bundles.MapGet("/metrics/{code}.zip", MetricAsync);
        bundles.MapGet("/all.zip", AllAsync);
        return app;
    }

    public static string ChartPath(string chart, DashboardQuery query) => $"/bundle/charts/{chart}.zip?{query.ToQueryString()}";

    public static string DashboardPath(DashboardQuery query) => $"/bundle/dashboard.zip?{query.ToQueryString()}";

    private static async Task<Results<FileContentHttpResult, ContentHttpResult>> DashboardAsync(HttpContext http, string? chart,
        string? a, string? b, string? theatre, string? trend, TrackerDbContext db, ResolverCache resolvers,
        IStringLocalizer<ChartText> words, CancellationToken cancellationToken)
    {
        if (chart is not null && !DashboardCharts.Names.Contains(chart)) return Refuse(StatusCodes.Status404NotFound, $"There is no chart \"{chart}\".");
        var data = await DashboardData.LoadAsync(db, resolvers, cancellationToken);
        var query = data.Read(a, b, theatre, trend, out var problems);
        if (problems.Count > 0) return Refuse(StatusCodes.Status400BadRequest, string.Join(Environment.NewLine, problems));

        var charts = new DashboardCharts(data, query, new Wording(words));
        IReadOnlyList<ChartView> views = chart is null ? charts.All() : [charts.Build(chart)];
        var (csv, notes) = await ChartDownloads.TableAsync(views, db, cancellationToken);
        var (sources, quotes) = DataBundle.From(notes);
        var rows = views.SelectMany(v => v.Rows).ToList();
        var caveats = new List<string>();
        if (rows.Count(r => r.Kind == PointKind.Partial) is > 0 and var partial) caveats.Add($"{partial} value(s) are partial sums: see coverage_days.");
        if (rows.Count(r => r.Kind == PointKind.Alternative) is > 0 and var alternatives) caveats.Add($"{alternatives} row(s) show another source's value beside the one used (kind alternative).");
        var name = $"{chart ?? "dashboard"}-{query.A.Label}-vs-{query.B.Label}-{query.Theatre.Replace('+', '-')}";
        var title = chart is null ? $"Dashboard, {query.A.Label} vs {query.B.Label}, {query.Theatre}" : $"{views[0].Title} ({query.A.Label} vs {query.B.Label}, {query.Theatre})";
        return await Zip(http, name, title, csv, ChartColumns, sources, quotes, caveats, "/?" + query.ToQueryString());
    }

    private static async Task<Results<FileContentHttpResult, ContentHttpResult>> CompareAsync(HttpContext http, string a, string b, string? theatre,
        TrackerDbContext db, ResolverCache resolvers, CancellationToken cancellationToken)
    {
        // Both read (|, not ||), so the answer names every wrong one, as the dashboard's bundle does.
        if (!Period.TryParseReadable(a, out var pa, out var ea) | !Period.TryParseReadable(b, out var pb, out var eb))
            return Refuse(StatusCodes.Status400BadRequest, string.Join(Environment.NewLine, new[] { ea, eb }.OfType<Message>()));
        var vocabulary = await db.LoadVocabularyAsync(cancellationToken);
        var only = string.IsNullOrWhiteSpace(theatre) ? null : vocabulary.FindTheatre(theatre);
        if (!string.IsNullOrWhiteSpace(theatre) && only is null) return Refuse(StatusCodes.Status400BadRequest, $"\"{theatre}\" is not a theatre.");

        var resolver = await resolvers.GetAsync(db, cancellationToken);
        var pairs = (only is null ? vocabulary.Theatres : [only])
            .SelectMany(t => vocabulary.Metrics.Select(m => (A: resolver.Resolve(m.Code, t.Code, pa), B: resolver.Resolve(m.Code, t.Code, pb))))
            .ToList();
        var footnotes = new Footnotes();
        foreach (var (ra, rb) in pairs) { footnotes.For(ra); footnotes.For(rb); }
        await footnotes.LoadAsync(db, cancellationToken);
        var (sources, quotes) = DataBundle.From(footnotes.All);
        var csv = Table(CompareColumns, pairs.Select(p => new[]
        {
            p.A.Metric, p.A.Theatre, pa.Label, Value(p.A), Qualifier(p.A), p.A.How.Code(), Coverage(p.A),
            pb.Label, Value(p.B), Qualifier(p.B), p.B.How.Code(), Coverage(p.B),
            string.Join(";", p.A.Figures.Concat(p.B.Figures).Select(f => f.Id).Distinct()),
            string.Join(";", p.A.Figures.Concat(p.B.Figures).Select(f => f.Source.Id).Distinct()),
        }));
        var resolutions = pairs.SelectMany(p => new[] { p.A, p.B }).ToList();
        var caveats = new List<string>();
        if (resolutions.Count(r => r.IsPartial) is > 0 and var partial) caveats.Add($"{partial} value(s) are partial sums: see coverage_a and coverage_b.");
        if (resolutions.Count(r => r.Alternatives.Count > 0) is > 0 and var contested) caveats.Add($"{contested} value(s) have other sources' values (see the compare page).");
        var path = $"/compare/{pa.Label}/{pb.Label}" + (only is null ? "" : QueryString.Create("theatre", only.Code));
        return await Zip(http, $"compare-{pa.Label}-vs-{pb.Label}-{only?.Code.Replace('+', '-') ?? "all"}", $"Compare {pa.Label} with {pb.Label}",
            csv, CompareColumns, sources, quotes, caveats, path);
    }

    private static async Task<Results<FileContentHttpResult, ContentHttpResult>> MetricAsync(HttpContext http, string code, TrackerDbContext db, CancellationToken cancellationToken)
    {
        var vocabulary = await db.LoadVocabularyAsync(cancellationToken);
        if (vocabulary.FindMetric(code) is not { } metric) return Refuse(StatusCodes.Status404NotFound, $"There is no metric \"{code}\".");
        return await FiguresAsync(http, db, metric.Code, $"metric-{metric.Code}", $"{metric.Name()}: every figure as reported", $"/metrics/{metric.Code}", cancellationToken);
    }

    private static Task<Results<FileContentHttpResult, ContentHttpResult>> AllAsync(HttpContext http, TrackerDbContext db, CancellationToken cancellationToken) =>
        FiguresAsync(http, db, null, "all-figures", "CentcomTracker: every figure with its source and quote", "/", cancellationToken);

    private static async Task<Results<FileContentHttpResult, ContentHttpResult>> FiguresAsync(HttpContext http, TrackerDbContext db, string? metric,
        string name, string title, string path, CancellationToken cancellationToken)
    {
        var (csv, _) = await FigureExport.ExportAsync(db, metric, cancellationToken);
        var figures = await db.Figures.AsNoTracking().Where(f => metric == null || f.MetricCode == metric)
            .Select(f => new { f.Id, f.SourceId, f.Quote, f.Translation }).ToListAsync(cancellationToken);
        var used = figures.Select(f => f.SourceId).ToHashSet();
        var sources = (await db.Sources.AsNoTracking().OrderBy(s => s.Id)
                .Select(s => new { s.Id, s.Publisher, s.Title, s.Url, s.Published }).ToListAsync(cancellationToken))
            .Where(s => used.Contains(s.Id))
            .Select(s => new BundleSource(s.Id, s.Publisher, s.Title, s.Url, s.Published.Label)).ToList();
        var quotes = figures.OrderBy(f => f.Id).Select(f => new BundleQuote(f.Id, f.SourceId, f.Quote, f.Translation)).ToList();
        return await Zip(http, name, title, csv, FigureColumns, sources, quotes, [], path);
    }

    private static async Task<FileContentHttpResult> Zip(HttpContext http, string name, string title, byte[] csv, IReadOnlyList<TableField> fields,
        IReadOnlyList<BundleSource> sources, IReadOnlyList<BundleQuote> quotes, IReadOnlyList<string> caveats, string viewPath)
    {
        var asOf = await Permalinks.AsOfLabelAsync(http);
        var slug = ("centcomtracker-" + name + "-asof-" + asOf).ToLowerInvariant().Replace("..", "-", StringComparison.Ordinal);
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var bundle = new DataBundle(slug, title, slug + ".csv", csv, fields, sources, quotes, caveats, await Permalinks.ForAsync(http, viewPath), asOf, now);
        return TypedResults.File(bundle.ToZip(), "application/zip", slug + ".zip");
    }

    private static ContentHttpResult Refuse(int status, string message) =>
        TypedResults.Text(message + Environment.NewLine, "text/plain; charset=utf-8", System.Text.Encoding.UTF8, status);

    private static string Value(Resolution r) => r.Value?.Value.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Qualifier(Resolution r) => r.Value is { } v ? v.Qualifier.Code() : "";

    private static string Coverage(Resolution r) => r.Coverage is { } c ? $"{c.CoveredDays}/{c.TotalDays}" : "";

    private static byte[] Table(IReadOnlyList<TableField> fields, IEnumerable<string[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = CsvWriter.Create(buffer, CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            writer.WriteHeader([.. fields.Select(f => f.Name)]);
            foreach (var row in rows) writer.WriteRecord(row);
        }

        return buffer.ToArray();
    }

    private static TableField S(string name, string description) => new(name, "string", description);

    public static readonly IReadOnlyList<TableField> ChartColumns =
    [
        S("chart", "Chart id (attacks, operations, ...)."), S("category", "The chart's category (x axis), as labelled."),
        S("series", "The series (legend), as labelled."), new("value", "number", "The value drawn; empty when not reported (never 0)."),
        S("qualifier", "exact, about, more-than, at-least or less-than."), S("as_written", "The value as the table writes it."),
        S("kind", "value, partial, alternative, pace or not-reported."), S("metric", "Metric code."), S("theatre", "Theatre code (IQ, SY, IQ+SY)."),
        S("period", "Period label (2023, 2024-H1, 2024-06, a..b)."), S("as_of", "For levels: the date of the value."),
        S("how", "How the value was obtained: reported, summed-over-time, summed-over-members, level, not-reported."),
        S("coverage_days", "For partial sums: days covered / days in the period."), S("notes", "Notes on the value and on the figures behind it, separated by |."),
        S("figure_ids", "Ids of the figures used (/api/figures/{id}), separated by ;."), S("source_ids", "Ids of their sources, separated by ;."),
        S("sources", "Publisher: title (date) of each source, separated by |."), S("source_urls", "The sources' addresses, separated by spaces."),
        S("quotes", "The exact quotes, separated by |."),
    ];

    public static readonly IReadOnlyList<TableField> CompareColumns =
    [
        S("metric", "Metric code."), S("theatre", "Theatre code."), S("period_a", "Period A label."),
        new("value_a", "integer", "Value for A; empty when not reported (never 0)."), S("qualifier_a", "Qualifier of A."), S("how_a", "How A was obtained."),
        S("coverage_a", "For a partial sum: days covered / days in A."), S("period_b", "Period B label."),
        new("value_b", "integer", "Value for B; empty when not reported (never 0)."), S("qualifier_b", "Qualifier of B."), S("how_b", "How B was obtained."),
        S("coverage_b", "For a partial sum: days covered / days in B."), S("figure_ids", "Figures used, separated by ;."), S("source_ids", "Their sources, separated by ;."),
    ];

    public static readonly IReadOnlyList<TableField> FigureColumns =
    [
        S("metric", "Metric code."), S("theatre", "Theatre code."), S("period", "Period label."), new("value", "integer", "The number as reported."),
        S("qualifier", "exact, about, more-than, at-least or less-than."), S("source_title", "The source's title."), S("source_publisher", "Its publisher."),
        S("source_url", "Its address, when online."), S("source_date", "Its publication date (a day or a month)."), S("source_language", "BCP 47 language of the source and quote."),
        S("quote", "The exact sentence, in the source's language."), S("translation", "An English rendering of a quote in another language."), S("note", "An editor's note."),
        S("source_tier", "primary (the issuing body's own words), relay (a news report of them) or secondary."), S("source_note", "A note on the source."),
        new("peak", "boolean", "true for a maximum or record (\"the peak of over 70,000 in 2019\"), not a level at a date: never carried forward; empty otherwise."),
        new("value_confirmed", "boolean", "true where the quote does not give the value in a way the tracker can read (a number in words it does not know, or a per-country figure whose quote gives only the total, as the note says); empty otherwise."),
    ];
}
