using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CentcomTracker.Web.Charts;

/// <summary>
/// <c>GET /charts/{chart}.csv?a=&amp;b=&amp;theatre=&amp;trend=&amp;baseline=</c>: the rows of a dashboard chart's table, with the
/// figures, sources and quotes behind each value. Built from the same <see cref="ChartView"/> as the chart and the
/// table. Unlike the page, which falls back to the default view, a download with a bad parameter is refused (400),
/// so a file never describes a view other than the one asked for.
/// </summary>
public static class ChartDownloads
{
    public static IEndpointRouteBuilder MapChartDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/charts/{chart}.csv", GetCsvAsync).ExcludeFromDescription().CacheOutput(FiguresCache.Policy);
        return app;
    }

    public static string CsvUrl(string chart, DashboardQuery query) => $"/charts/{chart}.csv?{query.ToQueryString()}";

    private static async Task<Results<FileContentHttpResult, ContentHttpResult>> GetCsvAsync(
        string chart, string? a, string? b, string? theatre, string? trend, string? baseline,
        TrackerDbContext db, ResolverCache resolvers, IStringLocalizer<ChartText> localizer, CancellationToken cancellationToken)
    {
        if (!DashboardCharts.Names.Contains(chart))
        {
            return PlainText(StatusCodes.Status404NotFound,
                $"There is no chart \"{chart}\". Charts: {string.Join(", ", DashboardCharts.Names)}.");
        }

        var data = await DashboardData.LoadAsync(db, resolvers, cancellationToken);
        var query = data.Read(a, b, theatre, trend, out var problems) with { Baseline = DashboardQuery.ReadBaseline(baseline) };
        if (problems.Count > 0)
        {
            return PlainText(StatusCodes.Status400BadRequest, string.Join(Environment.NewLine, problems.Select(p => p.ToString())));
        }

        var view = new DashboardCharts(data, query, new Wording(localizer)).Build(chart);
        var (bytes, _) = await TableAsync([view], db, cancellationToken);
        var theatreName = query.Theatre.Replace('+', '-');
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"centcomtracker-{chart}-{query.A.Label}-vs-{query.B.Label}-{theatreName}.csv");
    }

    /// <summary>The CSV of one or more charts' tables (one file, the chart named on each row), with the notes it cites.</summary>
    public static async Task<(byte[] Csv, IReadOnlyList<Footnotes.Note> Notes)> TableAsync(
        IReadOnlyList<ChartView> views, TrackerDbContext db, CancellationToken cancellationToken)
    {
        var footnotes = new Footnotes();
        foreach (var row in views.SelectMany(v => v.Rows))
        {
            footnotes.For(row.Figures);
        }

        await footnotes.LoadAsync(db, cancellationToken);
        var notes = footnotes.All.ToDictionary(n => n.FigureId);
        return (Write(views.SelectMany(v => v.Rows.Select(row => ChartCsvRow.From(v.Id, row, notes)))), footnotes.All.ToList());
    }

    private static ContentHttpResult PlainText(int status, string message) =>
        TypedResults.Text(message + Environment.NewLine, "text/plain; charset=utf-8", Encoding.UTF8, status);

    // A byte order mark, so that spreadsheet programs read the Arabic labels and quotes as UTF-8; text that a
    // spreadsheet would run as a formula is escaped (none of ours should start like one, but quotes come from outside).
    private static readonly CsvWriterOptions CsvOptions = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static byte[] Write(IEnumerable<ChartCsvRow> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvOptions, leaveOpen: true))
        {
            csv.WriteRecords(rows);
        }

        return stream.ToArray();
    }
}
