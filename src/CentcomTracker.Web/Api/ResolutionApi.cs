using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Api;

/// <summary>
/// GET /api/resolve, /api/compare and /api/series/{metric}: the numbers as the site shows them, resolved from
/// the reported figures (reported, summed over time, summed over countries, level as of a date, or not reported),
/// each naming the figures, sources and quotes it rests on.
/// </summary>
public static class ResolutionApi
{
    /// <summary>At most this many buckets per series request: 50 years by month.</summary>
    public const int MaxBuckets = 600;

    public static RouteGroupBuilder MapResolutionApi(this RouteGroupBuilder api)
    {
        api.MapGet("/resolve", Resolve)
            .WithName("Resolve")
            .WithSummary("Resolve one metric in one theatre over one period")
            .WithDescription(
                "The value and how it was obtained: reported for exactly that period; summed over time from figures inside it " +
                "(\"at least\", with coverage, when they leave gaps; never scaled up); summed over the members of a combined theatre; " +
                "for a level, one dated inside the period, else the latest earlier one carried forward within 12 months of the " +
                "period's end (older ones and peaks are offered as lastKnown, value null); otherwise not-reported with a null value. " +
                "Carries the figures used with source and quote, the parts of a sum, other sources' values with their relation " +
                "(repeats, agrees, differs-in-precision, conflicts), reconciliations of a reported total with the sum of its parts " +
                "(partial sums too, with coverage), and inconsistencies where a whole is smaller than one of its parts.")
            .WithTags("Resolution");

        api.MapGet("/compare", Compare)
            .WithName("Compare")
            .WithSummary("Compare two periods for every metric")
            .WithDescription(
                "Every metric in the theatre given, or in every theatre when theatre is omitted, resolved for period a and " +
                "period b, with derived values: change and percent change (like for like), rate per 30 days (periods of " +
                "different length, or whenever a raw change is not given), annualised pace of b (a count over less than a year), " +
                "pace ÷ the baseline for a (a is a calendar year; baseline= chooses its source) and pace ÷ each other source's value " +
                "for a, annualised first when it covers part of the year. Change is given only like for like: comparable is false " +
                "and reason says why otherwise (different sources, periods of different length, one period containing the other, " +
                "a partial sum), with the like-for-like pair when another source gives one. Each derived value names its formula and inputs.")
            .WithTags("Resolution");

        api.MapGet("/series/{metric}", Series)
            .WithName("GetSeries")
            .WithSummary("One metric over time, bucket by bucket")
            .WithDescription(
                "The metric resolved for each month, quarter, half or year from from to to (by default the span of its figures " +
                "in the theatre and its members). A bucket nobody reported is a gap: value null, how not-reported, never 0. " +
                "Partial sums are \"at least\" and carry their coverage; each bucket lists the reconciliations of its value and its " +
                "parts, and inconsistencies between a whole and its parts, so buckets never disagree silently.")
            .WithTags("Resolution");

        return api;
    }

    public static async Task<Results<Ok<ResolutionDto>, ValidationProblem, NotFoundProblem>> Resolve(
        [Description("Metric code, e.g. operations (GET /api/metrics).")][Required] string? metric,
        [Description("Theatre code: IQ, SY or IQ+SY (encode + as %2B; an unencoded + arrives as a space, which also reads as IQ+SY).")][Required] string? theatre,
        [Description("Period label: 2023, 2024-H1, 2024-Q1, 2024-06, 2024-07-16 or 2024-08-29..2024-11-04.")][Required] string? period,
        TrackerDbContext db, ResolverCache resolvers, CancellationToken cancellationToken)
    {
        var args = new ApiArguments();
        var metricCode = args.Required("metric", metric);
        var theatreCode = args.Required("theatre", theatre);
        var p = args.RequiredPeriod("period", period);
        if (!args.IsValid)
        {
            return args.Problem();
        }

        var vocabulary = await db.LoadVocabularyAsync(cancellationToken);
        if (vocabulary.FindMetric(metricCode) is not { } m) return ApiProblems.Unknown("metric", metricCode!, vocabulary.Metrics.Select(x => x.Code));
        if (vocabulary.FindTheatre(theatreCode) is not { } t) return ApiProblems.Unknown("theatre", theatreCode!, vocabulary.Theatres.Select(x => x.Code));

        var resolver = await resolvers.GetAsync(db, cancellationToken);
        var resolution = resolver.Resolve(m.Code, t.Code, p!.Value);
        var mapping = await ResolutionMapping.LoadAsync(db, [resolution], cancellationToken);
        return TypedResults.Ok(mapping.ToDto(resolution));
    }

    public static async Task<Results<Ok<ComparisonDto>, ValidationProblem, NotFoundProblem>> Compare(
        [Description("The first (baseline) period label, e.g. 2023.")][Required] string? a,
        [Description("The second period label, e.g. 2024-H1.")][Required] string? b,
        [Description("Theatre code (IQ, SY, IQ+SY); omit for every theatre.")] string? theatre,
        [Description("The source whose value for a pace ratios are set against, where a has several: a series key (bbc-monitoring, ap-defense-official, centcom) or a source id; omit for the default.")] string? baseline,
        TrackerDbContext db, ResolverCache resolvers, CancellationToken cancellationToken)
    {
        var args = new ApiArguments();
        var pa = args.RequiredPeriod("a", a);
        var baselineKey = Charts.DashboardQuery.ReadBaseline(baseline);
        if (!string.IsNullOrWhiteSpace(baseline) && baselineKey is null)
        {
            args.Fail("baseline", "baseline must be a series key (letters, digits, -) or a source id.");
        }

        var pb = args.RequiredPeriod("b", b);
        if (!args.IsValid)
        {
            return args.Problem();
        }

        var vocabulary = await db.LoadVocabularyAsync(cancellationToken);
        var only = string.IsNullOrWhiteSpace(theatre) ? null : vocabulary.FindTheatre(theatre);
        if (only is null && !string.IsNullOrWhiteSpace(theatre))
        {
            return ApiProblems.Unknown("theatre", theatre.Trim(), vocabulary.Theatres.Select(x => x.Code));
        }

        var theatres = only is null ? vocabulary.Theatres : [only];
        var resolver = await resolvers.GetAsync(db, cancellationToken);
        var rows = (from t in theatres
                    from m in vocabulary.Metrics
                    select (Metric: m, Theatre: t, Comparison: new Comparison(m.Kind,
                        resolver.Resolve(m.Code, t.Code, pa!.Value), resolver.Resolve(m.Code, t.Code, pb!.Value), baselineKey)))
            .ToList();
        var mapping = await ResolutionMapping.LoadAsync(db, rows.SelectMany(r => new[] { r.Comparison.A, r.Comparison.B }), cancellationToken);

        return TypedResults.Ok(new ComparisonDto(pa!.Value.Label, pb!.Value.Label, only?.Code,
            rows.Select(r => new ComparisonRowDto(r.Metric.Ref(), r.Theatre.Ref(),
                mapping.ToDto(r.Comparison.A), mapping.ToDto(r.Comparison.B), ComparisonMapping.Derived(r.Comparison))).ToList()));
    }

    public static async Task<Results<Ok<SeriesDto>, ValidationProblem, NotFoundProblem>> Series(
        [Description("Metric code, e.g. operations.")] string metric,
        [Description("Theatre code (IQ, SY, IQ+SY).")][DefaultValue(DomainCodes.IraqAndSyria)] string? theatre,
        [Description("The calendar unit of the buckets.")][AllowedValues("month", "quarter", "half", "year"), DefaultValue("month")] string? granularity,
        [Description("First period (label or date); default: the first figure's.")] string? from,
        [Description("Last period (label or date); default: the last figure's.")] string? to,
        TrackerDbContext db, ResolverCache resolvers, CancellationToken cancellationToken)
    {
        var args = new ApiArguments();
        var unit = Granularity.Month;
        if (!string.IsNullOrWhiteSpace(granularity) && !Granularities.TryParse(granularity, out unit))
        {
            args.Fail("granularity", $"granularity must be one of {string.Join(", ", Granularities.All.Select(g => g.Code()))}; \"{granularity}\" is not.");
        }

        var fromPeriod = args.OptionalPeriod("from", from);
        var toPeriod = args.OptionalPeriod("to", to);
        args.Ordered(fromPeriod, toPeriod);
        if (!args.IsValid)
        {
            return args.Problem();
        }

        var vocabulary = await db.LoadVocabularyAsync(cancellationToken);
        if (vocabulary.FindMetric(metric) is not { } m) return ApiProblems.Unknown("metric", metric.Trim(), vocabulary.Metrics.Select(x => x.Code));
        var t = string.IsNullOrWhiteSpace(theatre) ? vocabulary.FindTheatre(DomainCodes.IraqAndSyria) : vocabulary.FindTheatre(theatre);
        if (t is null) return ApiProblems.Unknown("theatre", theatre?.Trim() ?? DomainCodes.IraqAndSyria, vocabulary.Theatres.Select(x => x.Code));

        var span = await SeriesSpanAsync(db, m.Code, t, fromPeriod, toPeriod, cancellationToken);
        if (span is { } s && unit.BucketCount(s) > MaxBuckets)
        {
            args.Fail(toPeriod is not null ? "to" : fromPeriod is not null ? "from" : "granularity",
                string.Create(CultureInfo.InvariantCulture,
                    $"{s.Label} by {unit.Code()} is {unit.BucketCount(s):N0} buckets; at most {MaxBuckets} per request: narrow from and to, or choose a coarser granularity."));
            return args.Problem();
        }

        var resolver = await resolvers.GetAsync(db, cancellationToken);
        var buckets = span is { } whole ? unit.Buckets(whole).ToList() : [];
        var points = buckets.Select(bucket => resolver.Resolve(m.Code, t.Code, bucket))
            .Select(r => new SeriesPointDto(r.Period.Label, r.Value?.Value, r.Value?.Qualifier.Code(), r.How.Code(),
                ResolutionMapping.Coverage(r.Coverage), r.AsOf?.Label, r.IsStale, r.Figures.Select(f => f.Id).Distinct().ToList(),
                ResolutionMapping.SeriesReconciliations(r), ResolutionMapping.SeriesInconsistencies(r), ResolutionMapping.SeriesLastKnown(r)))
            .ToList();

        return TypedResults.Ok(new SeriesDto(m.Ref(), t.Ref(), unit.Code(),
            buckets.Count > 0 ? buckets[0].Label : null, buckets.Count > 0 ? buckets[^1].Label : null, points));
    }

    /// <summary>
    /// The span a series covers: from and to as given, otherwise the first and last days of the metric's figures in
    /// the theatre and its members. Null when neither is given and nothing was ever reported.
    /// </summary>
    private static async Task<Period?> SeriesSpanAsync(TrackerDbContext db, string metric, TheatreRow theatre, Period? from, Period? to,
        CancellationToken cancellationToken)
    {
        DateOnly? start = from?.Start, end = to?.End;
        if (start is null || end is null)
        {
            var codes = theatre.Members.Append(theatre.Code).ToList();
            var periods = await db.Figures.AsNoTracking()
                .Where(f => f.MetricCode == metric && codes.Contains(f.TheatreCode))
                .Select(f => new { f.PeriodStart, f.PeriodEnd })
                .Distinct()
                .ToListAsync(cancellationToken);
            start ??= periods.Count > 0 ? periods.Min(p => p.PeriodStart) : end;
            end ??= periods.Count > 0 ? periods.Max(p => p.PeriodEnd) : start;
        }

        if (start is not { } s || end is not { } e)
        {
            return null;
        }

        // Only one bound was given (both given and out of order was refused earlier): the default on the
        // other side yields to it, e.g. from=2030 when the figures end in 2024.
        if (e < s)
        {
            if (from is { } given) e = given.End;
            else s = to!.Value.Start;
        }

        return Period.Between(s, e);
    }
}
