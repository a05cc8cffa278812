using CentcomTracker.Web.Domain;

namespace CentcomTracker.Web.Charts;

/// <summary>
/// Builds the dashboard's charts for one view (two periods and a theatre) from resolved values only: nothing is
/// drawn that the resolver did not produce, a value nobody reported is null (never 0), and every point keeps the
/// figures it rests on.
/// </summary>
public sealed partial class DashboardCharts(DashboardData data, DashboardQuery query, Wording words)
{
    public const string Attacks = "attacks";
    public const string ByCountry = "by-country";
    public const string Leaders = "leaders";
    public const string Levels = "levels";
    public const string Monthly = "monthly";

    /// <summary>The charts in page order; their names are the ids of the islands and the CSV addresses.</summary>
    public static readonly IReadOnlyList<string> Names = [Attacks, ByCountry, Leaders, Levels, Monthly];

    private static readonly string[] CountryMetrics = ["operations", "killed", "detained"];
    private static readonly string[] LeaderMetrics = ["leaders-killed", "leaders-captured"];

    /// <summary>More months than this in one period and the monthly trend leaves that period out (a decade is no trend to read).</summary>
    private const int MaxMonthsPerPeriod = 60;
    private const int MaxLevelDates = 120;

    public IReadOnlyList<ChartView> All() => Names.Select(Build).ToList();

    public ChartView Build(string name) => name switch
    {
        Attacks => AttacksChart(),
        ByCountry => ByCountryChart(),
        Leaders => LeadersChart(),
        Levels => Annotated(LevelsChart()),
        Monthly => Annotated(MonthlyChart()),
        _ => throw new ArgumentException($"Unknown chart \"{name}\".", nameof(name)),
    };

    private ChartView Annotated(ChartView chart) => ChartAnnotations.Attach(chart, data.Annotations, data.Theatre(query.Theatre));

    private string A => Display.Period(query.A);
    private string B => Display.Period(query.B);

    private string MetricName(string code) => data.Metric(code)?.Name() ?? code;

    /// <summary>B's point, with why no raw change from A is given and the like-for-like pair, when there is one.</summary>
    private ChartPoint WithComparisonNotes(ChartPoint point, Comparison c) =>
        words.ComparisonNotes(c, data.TheatreName) is { Count: > 0 } notes ? point with { Notes = [.. point.Notes, .. notes] } : point;

    private ChartPoint Point(string category, string series, Resolution r, PointKind? kind = null) => new(
        category, series, r.Value?.Value, Wording.ValueText(r), kind ?? (r.IsPartial ? PointKind.Partial : PointKind.Value),
        r.Metric, r.Theatre, r.Period, r.Value?.Qualifier, Display.How(r), r.Coverage, r.AsOf, r.Figures, words.NotesFor(r, data.TheatreName));

    /// <summary>
    /// Claimed attacks: A, B and B's annualised pace when B is shorter than a year, with every other source's value
    /// for A or B that differs from the one used (the contested 2023 baselines: AP's 121, BBC Monitoring's 253).
    /// </summary>
    private ChartView AttacksChart()
    {
        const string metric = "attacks-claimed";
        var title = words["Claimed attacks: {0} against {1}", B, A];
        if (data.Metric(metric) is null)
        {
            return new ChartView(Attacks, ChartType.Bar, title, words["No claimed attacks are recorded."], words["Bar"], [], []);
        }

        var name = MetricName(metric);
        var c = data.Compare(metric, query.Theatre, query);
        var points = new List<ChartPoint>();

        void WithAlternatives(Resolution main, string label)
        {
            points.Add(Point(label + words.UnofficialSuffix(main), name, main));
            // A relay repeating or rounding the value used adds no bar; a rival count does.
            foreach (var alt in main.Alternatives.Where(alt => Relations.Of(main, alt) is Relation.Conflicts || (Relations.Of(main, alt) is Relation.Agrees && alt.Value != main.Value)))
            {
                var altLabel = words["{0}, {1}", Display.Period(alt.Period), Wording.Publishers(alt)]
                    + (alt.IsPartial ? $" ({Display.Coverage(alt.Coverage!)})" : "");
                // Chosen as the pace's baseline, it says so: the card keeps the value the rules resolve, the pace is set against this one.
                var chosen = c.BaselineChosen && ReferenceEquals(alt, c.Baseline)
                    ? [new ChartNote(words["the baseline chosen for the pace; the {0} value shown is the one the rules resolve", Display.Period(alt.Period)], [])]
                    : Array.Empty<ChartNote>();
                points.Add(Point(altLabel, name, alt, PointKind.Alternative) with
                {
                    Notes = [new ChartNote(words["alternative to the {0} value used", Display.Period(alt.Period)], []), .. chosen, .. words.NotesFor(alt, data.TheatreName)],
                });
            }
        }

        WithAlternatives(c.A, A);
        var bIndex = points.Count;
        WithAlternatives(c.B, B);
        points[bIndex] = WithComparisonNotes(points[bIndex], c);

        if (c.PaceB is { } pace)
        {
            var label = query.B.Start.Year == query.B.End.Year
                ? words["{0} pace (annualised from {1})", Display.Plain(query.B.Start.Year), Wording.PaceBasis(pace)]
                : words["Annualised pace (from {0})", Wording.PaceBasis(pace)];
            var notes = new List<ChartNote>();
            if (c.PaceRatio is { } ratio)
            {
                notes.Add(new ChartNote(words["on pace for {0} the {1} value ({2})", Display.Ratio(ratio), A, words.ValueWithCaveat(c.Baseline)], c.Baseline.Figures));
            }

            if (words.BaselineText(c) is { } baselineText) notes.Add(new ChartNote(baselineText, []));
            notes.AddRange(c.AlternativePaceRatios.Select(alt => new ChartNote(words.RatioText(alt), alt.Baseline.Figures)));

            points.Add(new ChartPoint(label, name, Math.Round(pace.PerYear, 0, MidpointRounding.AwayFromZero), words.PaceText(pace), PointKind.Pace,
                metric, query.Theatre, query.B, pace.Qualifier, words["annualised pace: {0}", words.PaceFormula(pace)], null, null, c.B.Figures, notes));
        }

        var labels = points.Select(p => p.Category).ToList();
        return new ChartView(Attacks, ChartType.Bar, title, AttacksSummary(name, c), words["Bar"], labels,
            [new ChartSeries("attacks", name, points)]);
    }

    private string AttacksSummary(string name, Comparison c)
    {
        var b = Wording.ValueText(c.B);
        if (c.PaceRatioAgainstBaseline is { } ratio)
        {
            var alternatives = string.Concat(c.AlternativePaceRatios.Select(x => Wording.Comma + words["or"] + " " + words.RatioText(x)));
            // A pace is a projection, so its ratio is approximate, as on the card. Only a complete value is a total:
            // BBC Monitoring's January–November count is a partial sum, annualised before the pace is set against it.
            var times = Display.Derived(Display.Ratio(ratio.Ratio), ratio.Qualifier);
            var baseline = words.ValueWithCaveat(c.Baseline);
            return ratio.Annualised is { } annualised
                ? words["{0} in {1} ({2}) are on pace for {3} the {4} baseline ({5}), annualised: {6} ({7}){8}.", name, B, b, times, A, baseline,
                    words.PaceFormula(annualised), words.PaceText(annualised), alternatives]
                : c.Baseline.IsPartial
                    ? words["{0} in {1} ({2}) are on pace for {3} the {4} baseline ({5}){6}.", name, B, b, times, A, baseline, alternatives]
                    : words["{0} in {1} ({2}) are on pace for {3} the {4} total ({5}){6}.", name, B, b, times, A, baseline, alternatives];
        }

        return TwoPeriodSummary(name, c);
    }

    /// <summary>"Claimed attacks: 121 in 2023 and 153 in H1 2024 (+26%)."</summary>
    private string TwoPeriodSummary(string name, Comparison c) => (c.A.HasValue, c.B.HasValue) switch
    {
        (true, true) when c.PercentChange is { } pct => words["{0}: {1} in {2} and {3} in {4} ({5}).", name, Wording.ValueText(c.A), A, Wording.ValueText(c.B), B, Display.Percent(pct)],
        (true, true) => words["{0}: {1} in {2} and {3} in {4}.", name, Wording.ValueText(c.A), A, Wording.ValueText(c.B), B],
        (true, false) => words["{0}: {1} in {2}; not reported for {3}.", name, Wording.ValueText(c.A), A, B],
        (false, true) => words["{0}: {1} in {2}; not reported for {3}.", name, Wording.ValueText(c.B), B, A],
        _ => words["{0}: not reported for {1} or {2}.", name, A, B],
    };

    /// <summary>Operations, killed and detained in each country, A against B (grouped bars).</summary>
    private ChartView ByCountryChart()
    {
        var metrics = CountryMetrics.Where(m => data.Metric(m) is not null).ToList();
        var countries = data.Countries(query.Theatre);
        var labels = new List<string>();
        var a = new List<ChartPoint?>();
        var b = new List<ChartPoint?>();
        var clauses = new List<string>();
        var anyPartial = false;
        foreach (var country in countries)
        {
            var countryName = data.TheatreName(country);
            var parts = new List<string>();
            foreach (var metric in metrics)
            {
                var label = $"{MetricName(metric)} · {countryName}";
                var c = data.Compare(metric, country, query);
                labels.Add(label);
                a.Add(Point(label, A, c.A));
                b.Add(WithComparisonNotes(Point(label, B, c.B), c));
                anyPartial |= c.A.IsPartial || c.B.IsPartial;
                parts.Add(words["{0} {1} → {2}", MetricName(metric), Display.Value(c.A.Value), Display.Value(c.B.Value)]);
            }

            clauses.Add($"{countryName}: {string.Join(Wording.Comma, parts)}");
        }

        var summary = words["From {0} to {1}, {2}", A, B, string.Join(Wording.Semicolon, clauses)]
            + (anyPartial ? words["; some values are partial sums (see the table)"] : "") + ".";
        return new ChartView(ByCountry, ChartType.Bar, words["Operations, killed and detained by country: {0} against {1}", B, A],
            summary, words["Metric and country"], labels, [new ChartSeries("a", A, a), new ChartSeries("b", B, b)]);
    }

    /// <summary>Senior ISIS leaders killed and captured, A against B.</summary>
    private ChartView LeadersChart()
    {
        var metrics = LeaderMetrics.Where(m => data.Metric(m) is not null).ToList();
        var comparisons = metrics.Select(m => data.Compare(m, query.Theatre, query)).ToList();
        var labels = metrics.Select(MetricName).ToList();
        var a = comparisons.Select((c, i) => (ChartPoint?)Point(labels[i], A, c.A)).ToList();
        var b = comparisons.Select((c, i) => (ChartPoint?)WithComparisonNotes(Point(labels[i], B, c.B), c)).ToList();

        // "8 killed, 32 captured", or "not reported" when neither is.
        string InPeriod(Func<Comparison, Resolution> pick) =>
            comparisons.All(c => !pick(c).HasValue)
                ? Display.NotReported
                : string.Join(Wording.Comma, comparisons.Select((c, i) => metrics[i] == "leaders-killed"
                    ? words["{0} killed", Wording.ValueText(pick(c))]
                    : words["{0} captured", Wording.ValueText(pick(c))]));

        var summary = words["Senior ISIS leaders in {0}: {1}; in {2}: {3}.", B, InPeriod(c => c.B), A, InPeriod(c => c.A)];
        return new ChartView(Leaders, ChartType.Bar, words["Senior ISIS leaders killed and captured: {0} against {1}", B, A],
            summary, words["Metric"], labels, [new ChartSeries("a", A, a), new ChartSeries("b", B, b)]);
    }
}
