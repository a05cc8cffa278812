using Microsoft.AspNetCore.OutputCaching;
using CentcomTracker.Web.Charts;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using CentcomTracker.Web.Provenance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CentcomTracker.Web.Pages;

/// <summary>
/// The analysts' dashboard: period A against period B in one theatre, held in the query string so every view is a
/// link. A parameter that cannot be read falls back to its default with a message saying which and why.
/// Everything is resolved once per request from one load of the figures.
/// </summary>
[OutputCache(PolicyName = FiguresCache.Policy)]
public sealed class IndexModel(TrackerDbContext db, ResolverCache resolvers, TimeProvider clock, IStringLocalizer<ChartText> chartText) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "a")]
    public string? AText { get; set; }

    [BindProperty(SupportsGet = true, Name = "b")]
    public string? BText { get; set; }

    [BindProperty(SupportsGet = true, Name = "theatre")]
    public string? TheatreText { get; set; }

    [BindProperty(SupportsGet = true, Name = "trend")]
    public string? TrendText { get; set; }

    /// <summary>The baseline source chosen for period A (a series key or a source id); blank for the default.</summary>
    [BindProperty(SupportsGet = true, Name = "baseline")]
    public string? BaselineText { get; set; }

    public DashboardQuery View { get; private set; } = DashboardQuery.Default;
    public IReadOnlyList<QueryProblem> Problems { get; private set; } = [];
    public DashboardData Data { get; private set; } = null!;
    public Wording Words { get; } = new(chartText);
    public IReadOnlyList<MetricCard> Cards { get; private set; } = [];
    public IReadOnlyList<LatestLevel> Latest { get; private set; } = [];

    /// <summary>The newest day anything is known about, which a latest level must be recent enough to stand for.</summary>
    public Period Newest => Period.Day(Data.Resolver.LastKnownDay);
    public IReadOnlyList<ChartView> Charts { get; private set; } = [];
    public Footnotes Footnotes { get; } = new();

    public string TheatreName => Data.TheatreName(View.Theatre);

    /// <summary>Common views, one click away (and as plain links, shareable).</summary>
    public IReadOnlyList<(Period A, Period B)> QuickViews { get; } =
    [
        (Period.Year(2023), Period.Half(2024, 1)),
        (Period.Half(2023, 1), Period.Half(2024, 1)),
        (Period.Quarter(2024, 1), Period.Half(2024, 1)),
        (Period.Year(2022), Period.Year(2023)),
    ];

    /// <summary>Period labels suggested in the period fields (any other label works too).</summary>
    public IReadOnlyList<string> SuggestedPeriods { get; } =
        ["2022", "2023", "2024", "2023-H1", "2023-H2", "2024-H1", "2024-H2", "2024-Q1", "2024-Q2", "2023-01-01..2023-07-31"];

    public sealed record MetricCard(MetricRow Metric, IReadOnlyList<CardLine> Lines);

    /// <summary>
    /// One theatre's A and B in a card. A level is never summed over countries: where the combined theatre has no
    /// level of its own, the card has one line per country (<see cref="IsCountry"/>) instead.
    /// </summary>
    public sealed record CardLine(string Theatre, string TheatreName, Comparison Comparison, bool IsCountry);

    /// <summary>
    /// The newest level of a metric in a theatre. <paramref name="OutOfDate"/>: by the rule every card follows, it is
    /// too old to stand for the newest day anything is known about (<see cref="Resolver.LastKnownDay"/>) and would be
    /// "not reported", offered only as "last known"; the list says so rather than show it as current.
    /// <paramref name="OldOnTheDay"/>: by the same rule it is too old to stand for <see cref="Day"/>, the day the page
    /// speaks of (today, or the day of an <c>asof</c> view): when no release has come for longer than the horizon,
    /// every level is out of date however new it is among the figures held.
    /// </summary>
    public sealed record LatestLevel(MetricRow Metric, string TheatreName, Resolution Value, bool OutOfDate, bool OldOnTheDay);

    /// <summary>The horizons of the levels out of date only on the day shown: one is named in the sentence that says so.</summary>
    public IReadOnlyList<int> HorizonsOldOnTheDay =>
        Latest.Where(l => l.OldOnTheDay && !l.OutOfDate).Select(l => Data.Resolver.Metric(l.Metric.Code).HorizonMonths).Distinct().ToList();

    /// <summary>Every latest level is out of date, one way or the other: said once for them all.</summary>
    public bool AllLevelsOutOfDate => Latest.Count > 0 && Latest.All(l => l.OutOfDate || l.OldOnTheDay);

    /// <summary>Today, or the day an <c>asof</c> view shows (a view as of a version, as a permalink is, is judged today).</summary>
    public DateOnly Day { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Data = await DashboardData.LoadAsync(db, resolvers, cancellationToken);
        View = Data.Read(AText, BText, TheatreText, TrendText, out var problems) with { Baseline = DashboardQuery.ReadBaseline(BaselineText) };
        Problems = problems;

        Cards = MetricCards();
        Latest = LatestLevels();
        Charts = new DashboardCharts(Data, View, Words).All();

        // Footnotes are numbered in the order the page shows them: cards, latest levels, then charts.
        foreach (var line in Cards.SelectMany(c => c.Lines))
        {
            foreach (var r in new[] { line.Comparison.A, line.Comparison.B })
            {
                Footnotes.For(r);
                foreach (var alt in r.Alternatives) Footnotes.For(alt);
                foreach (var rec in r.Reconciliations.Take(Footnotes.PerValue)) Footnotes.For(rec.Sum);
                if (r.LastKnown is { } last) Footnotes.For(last);
                foreach (var named in r.Inconsistencies.SelectMany(flag => flag.Named)) Footnotes.For(named);
            }
        }

        foreach (var latest in Latest)
        {
            Footnotes.For(latest.Value);
            foreach (var alt in latest.Value.Alternatives) Footnotes.For(alt);
        }

        foreach (var chart in Charts)
        {
            Footnotes.For(chart.Figures, ChartDownloads.CsvUrl(chart.Id, View), Footnotes.PerChart);
        }

        await Footnotes.LoadAsync(db, cancellationToken);
    }

    public string Link(DashboardQuery query) => "/?" + query.ToQueryString();

    /// <summary>A card's comparison as the shared partial shows it; another baseline is this view with baseline= set.</summary>
    public ComparisonPanel Panel(Comparison comparison) =>
        new(comparison, Words, Footnotes, Data.TheatreName, key => Link(View with { Baseline = key }));

    private IReadOnlyList<LatestLevel> LatestLevels()
    {
        // The newest level figure's own date (never a peak): a level is not reported for days after the newest figure.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // A view as of a version (every permalink's) has no day of its own: what is out of date is judged today.
        Day = HttpContext.Features.Get<AsOfFeature>()?.AsOf?.Date ?? today;
        var theatres = Data.Countries(View.Theatre).Prepend(View.Theatre).Distinct().ToList();
        return (from metric in Data.Metrics.Where(m => m.Kind == MetricKind.Level)
                from theatre in theatres
                let dates = Data.Resolver.Reported(metric.Code, theatre).Where(f => !f.IsPeak && f.Period.End <= today).Select(f => f.Period).ToList()
                where dates.Count > 0
                let latest = Data.Resolve(metric.Code, theatre, dates.MaxBy(p => p.End))
                where latest.HasValue
                // The resolver decides, as for every card: beyond the metric's horizon a level no longer stands.
                // And by the same horizon against the day shown, which the resolver does not answer for: it reports
                // nothing after the newest figure.
                select new LatestLevel(metric, Data.TheatreName(theatre), latest, !Data.Resolve(metric.Code, theatre, Newest).HasValue,
                    !Data.Resolver.Metric(metric.Code).StandsFor(latest.AsOf!.Value.End, Day))).ToList();
    }

    /// <summary>One card per metric: counts, then levels, by category and display order.</summary>
    private IReadOnlyList<MetricCard> MetricCards()
    {
        var members = Data.Theatre(View.Theatre).Members;
        return Data.Metrics
            .Select(metric =>
            {
                var comparison = Data.Compare(metric.Code, View.Theatre, View);
                var perCountry = metric.Kind == MetricKind.Level && members.Count > 0 && !comparison.A.HasValue && !comparison.B.HasValue;
                IReadOnlyList<CardLine> lines = [new CardLine(View.Theatre, TheatreName, comparison, false)];
                if (perCountry)
                {
                    // Countries with no level at all (camps in Iraq) are left out, unless none has one; one with only an
                    // older "last known" level stays, so the reader sees it is too old to stand for either period.
                    var countries = members.Select(m => new CardLine(m, Data.TheatreName(m), Data.Compare(metric.Code, m, View), true)).ToList();
                    var known = countries.Where(l => new[] { l.Comparison.A, l.Comparison.B }.Any(r => r.HasValue || r.LastKnown is not null)).ToList();
                    lines = known.Count > 0 ? known : countries;
                }

                return new MetricCard(metric, lines);
            })
            // Counts first (the headline question), then levels, each by category; stable, so display order within.
            .OrderBy(card => card.Metric.Kind == MetricKind.Count ? 0 : 1).ThenBy(card => card.Metric.Category)
            .ToList();
    }
}
