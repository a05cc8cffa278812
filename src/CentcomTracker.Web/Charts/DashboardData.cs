using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Charts;

/// <summary>
/// Everything the dashboard and its chart downloads read from the database, loaded once per request: the resolver
/// over every figure, and the metrics and theatres with their names in the current language.
/// </summary>
public sealed class DashboardData(Resolver resolver, IReadOnlyList<MetricRow> metrics, IReadOnlyList<TheatreRow> theatres)
{
    public Resolver Resolver { get; } = resolver;

    /// <summary>In display order.</summary>
    public IReadOnlyList<MetricRow> Metrics { get; } = metrics;

    /// <summary>In display order.</summary>
    public IReadOnlyList<TheatreRow> Theatres { get; } = theatres;

    /// <summary>Every dated event, oldest first, for the time-series charts' markers (editors add a few, not thousands).</summary>
    public IReadOnlyList<AnnotationRow> Annotations { get; init; } = [];

    public static async Task<DashboardData> LoadAsync(TrackerDbContext db, ResolverCache resolvers, CancellationToken cancellationToken)
    {
        var resolver = await resolvers.GetAsync(db, cancellationToken);
        var vocabulary = await db.LoadVocabularyAsync(cancellationToken);
        var annotations = await db.Annotations.AsNoTracking().Rows().ToListAsync(cancellationToken);
        return new DashboardData(resolver, vocabulary.Metrics, vocabulary.Theatres) { Annotations = annotations };
    }

    /// <summary>The theatres offered by the filter: the top-level ones (Iraq and Syria, Iraq, Syria).</summary>
    public IReadOnlyList<TheatreRow> TheatreChoices => Theatres.Where(t => t.Parent is null).ToList();

    /// <summary>The metrics a monthly trend can show: counts (levels have no monthly totals).</summary>
    public IReadOnlyList<MetricRow> TrendChoices => Metrics.Where(m => m.Kind == MetricKind.Count).ToList();

    public DashboardQuery Read(string? a, string? b, string? theatre, string? trend, out IReadOnlyList<QueryProblem> problems) =>
        DashboardQuery.Read(a, b, theatre, trend,
            TheatreChoices.Select(t => t.Code).ToList(), TrendChoices.Select(m => m.Code).ToList(), out problems);

    public MetricRow? Metric(string code) => Metrics.FirstOrDefault(m => m.Code == code);

    public TheatreRow Theatre(string code) => Theatres.First(t => t.Code == code);

    public string TheatreName(string code) => Theatres.FirstOrDefault(t => t.Code == code)?.Name() ?? code;

    /// <summary>The members of a combined theatre (Iraq, Syria for IQ+SY), or the theatre itself.</summary>
    public IReadOnlyList<string> Countries(string theatre) =>
        Theatre(theatre).Members is { Count: > 0 } members ? members : [theatre];

    // The cards and the charts ask for many of the same values (H1 2024 operations in Iraq appears in a card, a
    // reconciliation and a chart); each is resolved once per request.
    private readonly Dictionary<(string, string, Period), Resolution> resolved = [];

    public Resolution Resolve(string metric, string theatre, Period period)
    {
        if (!resolved.TryGetValue((metric, theatre, period), out var resolution))
        {
            resolution = Resolver.Resolve(metric, theatre, period);
            resolved[(metric, theatre, period)] = resolution;
        }

        return resolution;
    }

    public Comparison Compare(string metric, string theatre, DashboardQuery query) =>
        new(Resolver.Metric(metric).Kind, Resolve(metric, theatre, query.A), Resolve(metric, theatre, query.B), query.Baseline);
}
