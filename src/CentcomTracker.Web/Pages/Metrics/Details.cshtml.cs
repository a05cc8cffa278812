using Microsoft.AspNetCore.OutputCaching;
using CentcomTracker.Web.Api;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using CentcomTracker.Web.Provenance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Pages.Metrics;

/// <summary>
/// One metric over time in every theatre: the resolved series by month, quarter, half or year (gaps shown as
/// gaps, partial sums with their coverage), then every figure as reported, grouped by theatre, each with its
/// source and quote in the footnotes.
/// </summary>
[OutputCache(PolicyName = FiguresCache.Policy)]
public sealed class DetailsModel(TrackerDbContext db, ResolverCache resolvers, TimeProvider clock) : PageModel
{
    public MetricRow Metric { get; private set; } = null!;
    public Granularity Granularity { get; private set; }

    /// <summary>The granularity asked for when it could not be read (the page then shows its default and says so).</summary>
    public string? RejectedGranularity { get; private set; }

    /// <summary>Set when the figures span too many buckets for the granularity asked for, so a coarser one is shown.</summary>
    public Granularity? CoarsenedFrom { get; private set; }

    public IReadOnlyList<TheatreRow> Theatres { get; private set; } = [];
    public IReadOnlyList<Period> Buckets { get; private set; } = [];

    /// <summary>Resolved values by bucket, one per theatre column, in the order of <see cref="Theatres"/>.</summary>
    public IReadOnlyList<IReadOnlyList<Resolution>> Series { get; private set; } = [];

    /// <summary>The dated events within the series' span, every theatre's, listed under it.</summary>
    public IReadOnlyList<Charts.ChartAnnotation> Annotations { get; private set; } = [];
    public IReadOnlyList<TheatreFigures> FiguresByTheatre { get; private set; } = [];
    public Footnotes Footnotes { get; } = new();

    /// <summary>When the latest release came and when the next is due (see <see cref="Domain.Cadence"/>).</summary>
    public Cadence? Cadence { get; private set; }

    public sealed record TheatreFigures(TheatreRow Theatre, IReadOnlyList<FigureRow> Figures);

    public sealed record FigureRow(ReportedFigure Figure, int SourceId, string Publisher);

    public const int DefaultPageSize = 100;
    private const int MaxAnnotations = 200;
    public const int MaxPageSize = 500;

    [BindProperty(SupportsGet = true, Name = Paging.NumberKey)] public int? PageNumber { get; set; }
    [BindProperty(SupportsGet = true, Name = Paging.SizeKey)] public int? PageSize { get; set; }
    public Paging FiguresPage { get; private set; } = Paging.Read(1, null, 0, DefaultPageSize, MaxPageSize);

    /// <summary>This page's address on another page of the figures, keeping the granularity and the size.</summary>
    public string FiguresLink(int page) => Url.Page("/Metrics/Details", null,
        new { code = Metric.Code, granularity = Request.Query["granularity"].ToString() is { Length: > 0 } g ? g : null, p = page, size = PageSize },
        protocol: null, host: null, fragment: "figures-heading")!;

    public async Task<IActionResult> OnGetAsync(string code, string? granularity, CancellationToken cancellationToken)
    {
        var vocabulary = await db.LoadVocabularyAsync(cancellationToken);
        if (vocabulary.FindMetric(code) is not { } metric)
        {
            return NotFound();
        }

        if (metric.Code != code)
        {
            return RedirectToPage(new { code = metric.Code, granularity });
        }

        Metric = metric;
        // The figures come from the cached resolver (already in memory), not from the database on every request.
        var resolver = await resolvers.GetAsync(db, cancellationToken);
        var rows = vocabulary.Theatres
            .SelectMany(t => resolver.Reported(metric.Code, t.Code)
                .OrderBy(f => f.Period.Start).ThenBy(f => f.Period.End)
                .Select(f => new FigureRow(f, f.Source.Id, f.Source.PublisherName())))
            .ToList();

        // The figures as reported, a page at a time (?p=2&size=200): a metric with 40,000 figures is not one page.
        FiguresPage = Paging.Read(PageNumber, PageSize, rows.Count, DefaultPageSize, MaxPageSize);
        var shown = FiguresPage.Of(rows).ToList();
        FiguresByTheatre = vocabulary.Theatres
            .Select(t => new TheatreFigures(t, shown.Where(r => r.Figure.Theatre == t.Code).ToList()))
            .Where(t => t.Figures.Count > 0)
            .ToList();

        // A theatre gets a column when it or its members have figures: Iraq and Syria together resolves from either.
        var reported = rows.Select(r => r.Figure.Theatre).ToHashSet(StringComparer.Ordinal);
        Theatres = vocabulary.Theatres.Where(t => reported.Contains(t.Code) || t.Members.Any(reported.Contains)).ToList();

        Granularity = DefaultGranularity(metric, rows);
        if (!string.IsNullOrWhiteSpace(granularity))
        {
            if (Granularities.TryParse(granularity, out var asked)) Granularity = asked;
            else RejectedGranularity = granularity.Trim();
        }

        if (rows.Count > 0)
        {
            var span = Period.Between(rows.Min(r => r.Figure.Period.Start), rows.Max(r => r.Figure.Period.End));
            while (Granularity != Granularity.Year && Granularity.BucketCount(span) > ResolutionApi.MaxBuckets)
            {
                CoarsenedFrom ??= Granularity;
                Granularity = Granularity + 1;
            }

            Buckets = Granularity.Buckets(span).TakeLast(ResolutionApi.MaxBuckets).ToList();
            Series = Buckets.Select(bucket => (IReadOnlyList<Resolution>)Theatres.Select(t => resolver.Resolve(metric.Code, t.Code, bucket)).ToList()).ToList();
            Annotations = (await db.Annotations.AsNoTracking().Between(Buckets[0].Start, Buckets[^1].End).Rows().Take(MaxAnnotations).ToListAsync(cancellationToken))
                .Select(a => new Charts.ChartAnnotation(a, null)).ToList();
        }

        // Numbered in reading order: the series first, then the figures as reported.
        foreach (var resolution in Series.SelectMany(row => row))
        {
            Footnotes.For(resolution);
            if (resolution.LastKnown is { } last) Footnotes.For(last);
            // The whole and the part of an inconsistency are this row's own cells; another account's whole is not.
            foreach (var flag in resolution.Inconsistencies) if (flag.PartSourceWhole is { } other) Footnotes.For(other);
        }

        foreach (var row in FiguresByTheatre.SelectMany(t => t.Figures))
        {
            Footnotes.For([row.Figure]);
        }

        await Footnotes.LoadAsync(db, cancellationToken);
        Cadence = await db.ForMetricAsync(metric.Code, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        return Page();
    }

    /// <summary>Monthly where a count has monthly figures; otherwise by year (levels rarely change within a year).</summary>
    private static Granularity DefaultGranularity(MetricRow metric, IReadOnlyList<FigureRow> rows) =>
        metric.Kind == MetricKind.Count && rows.Any(r => r.Figure.Period.Kind == PeriodKind.Month) ? Granularity.Month : Granularity.Year;

    public string TheatreName(string code) => Theatres.FirstOrDefault(t => t.Code == code)?.Name() ?? code;
}
