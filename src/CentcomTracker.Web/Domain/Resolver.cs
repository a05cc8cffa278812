using System.Collections.Concurrent;

namespace CentcomTracker.Web.Domain;

/// <summary>
/// Turns reported figures into the numbers on screen. For metric M, theatre T and period P:
/// 1. reported: a figure for exactly (M, T, P); the preferred source wins, the others are alternatives;
/// 2. summed over time (counts): non-overlapping figures inside P, "at least" with coverage when they leave gaps;
/// 3. summed over members (counts): IQ + SY for IQ+SY, when every member resolves;
/// 4. level: a figure dated inside P; else the latest earlier one carried forward within the metric's horizon;
///    older, or only a peak: not reported, with the last known figure offered beside it;
/// 5. otherwise not reported.
/// A reported total is reconciled with every sum of its parts, partial ones with their coverage; a whole smaller
/// than one of its parts is flagged. Pure: no I/O; "today" is given, never read from a clock.
/// </summary>
public sealed partial class Resolver
{
    /// <summary>
    /// Another source's value is offered as an alternative when it covers at least this share of the period:
    /// BBC Monitoring's "2023" runs from 1 January to 30 November (91.5%), while a quarter inside a half-year
    /// is a part to reconcile, not a rival estimate.
    /// </summary>
    public const double AlternativeMinimumCoverage = 0.9;

    private static readonly IReadOnlyList<SourceTier> TierThresholds = Enum.GetValues<SourceTier>();

    private readonly Dictionary<string, MetricInfo> metrics;
    private readonly Dictionary<string, TheatreInfo> theatres;
    private readonly Dictionary<(string Metric, string Theatre), ReportedFigure[]> figuresByKey;
    private readonly Run run;

    /// <summary>The last day anything is known about: the newest figure of any kind, or today if earlier.</summary>
    private readonly DateOnly lastKnownDay;

    /// <param name="today">Levels are not reported for periods that start after it; null when the caller has no clock (tests).</param>
    public Resolver(IEnumerable<MetricInfo> metrics, IEnumerable<TheatreInfo> theatres, IEnumerable<ReportedFigure> figures, DateOnly? today = null)
    {
        this.metrics = metrics.ToDictionary(m => m.Code, StringComparer.Ordinal);
        this.theatres = theatres.ToDictionary(t => t.Code, StringComparer.Ordinal);
        figuresByKey = figures
            .GroupBy(f => (f.Metric, f.Theatre))
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f, Preference.Instance).ToArray());
        var newest = figuresByKey.Values.SelectMany(f => f).Select(f => f.Period.End).DefaultIfEmpty(DateOnly.MinValue).Max();
        Span = figuresByKey.Count == 0 ? null
            : Period.Between(figuresByKey.Values.SelectMany(f => f).Min(f => f.Period.Start), newest);
        lastKnownDay = today is { } t && t < newest ? t : newest;
        run = new Run(this);
    }

    /// <summary>From the first day any figure covers to the last: every period a question can find figures in lies within it (null without figures).</summary>
    public Period? Span { get; }

    /// <summary>The last day anything is known about (the newest figure of any kind, or today if earlier): "now", as far as the figures go.</summary>
    public DateOnly LastKnownDay => lastKnownDay;

    public IReadOnlyCollection<MetricInfo> Metrics => metrics.Values;

    public IReadOnlyCollection<TheatreInfo> Theatres => theatres.Values;

    public MetricInfo Metric(string code) => metrics[code];

    /// <summary>Every figure reported for exactly (metric, theatre), the preferred source first: the points of a series over time.</summary>
    public IReadOnlyList<ReportedFigure> Reported(string metric, string theatre) =>
        figuresByKey.TryGetValue((metric, theatre), out var all) ? all : [];

    /// <summary>Resolves one value, with alternatives from other sources.</summary>
    /// <exception cref="ArgumentException">The metric or theatre is unknown; callers validate codes first.</exception>
    public Resolution Resolve(string metric, string theatre, Period period)
    {
        if (!metrics.ContainsKey(metric)) throw new ArgumentException($"Unknown metric \"{metric}\".", nameof(metric));
        if (!theatres.ContainsKey(theatre)) throw new ArgumentException($"Unknown theatre \"{theatre}\".", nameof(theatre));
        run.ForgetIfLarge();
        return run.Top(metric, theatre, period);
    }

    /// <summary>
    /// Memoises every sub-resolution for the life of this resolver: a page asks for many values that share parts
    /// (the months of 2023 under both the year and its halves), and the figures never change underneath it.
    /// Concurrent maps without a lock: many requests share one resolver, and two threads computing the same pure
    /// value at once store equal answers.
    /// </summary>
    private sealed partial class Run(Resolver resolver)
    {
        private readonly ConcurrentDictionary<(string, string, Period, int?), Resolution> memo = [];
        private readonly ConcurrentDictionary<(string, string, int?), HashSet<Period>> candidates = [];
        private readonly ConcurrentDictionary<(string, string, int?), Period[]> candidatesInOrder = [];
        private readonly ConcurrentDictionary<(string, string), Dictionary<int, ReportedFigure[]>> bySource = [];
        private readonly ConcurrentDictionary<(string, string, int?), ILookup<Period, ReportedFigure>> byPeriod = [];
        private readonly ConcurrentDictionary<(string, string), Dictionary<int, int[]>> byYear = [];
        private readonly ConcurrentDictionary<(string, string, int?), ReportedFigure[]> latestFirst = [];
        private int stored;
        private const int MaxRemembered = 400_000;

        /// <summary>
        /// Keeps memory bounded when a long-lived resolver is asked about very many different periods. Large enough
        /// for a century of months for every metric, theatre and source: a memo of 20,000 was cleared part-way through
        /// such a request, which then computed it again (docs/performance.md has the measurements).
        /// </summary>
        public void ForgetIfLarge()
        {
            // A counter, not memo.Count: counting a concurrent map takes all of its locks.
            if (Volatile.Read(ref stored) <= MaxRemembered) return;
            memo.Clear();
            Interlocked.Exchange(ref stored, 0);
        }

        public Resolution Top(string metric, string theatre, Period period)
        {
            var main = Resolve(metric, theatre, period, source: null);
            main = main with { Inconsistencies = PartWholeChecks(main).ToList() };
            return resolver.metrics[metric].Kind == MetricKind.Count
                ? main with { Alternatives = [.. main.Alternatives, .. OtherSources(main)] }
                : main;
        }

        private IEnumerable<ReportedFigure> Figures(string metric, string theatre, int? source) =>
            !resolver.figuresByKey.TryGetValue((metric, theatre), out var all) ? []
            : source is not { } id ? all
            // Indexed by source once: answering "what does each other source say" must not rescan every figure.
            : bySource.GetOrAdd((metric, theatre), _ => all.GroupBy(f => f.Source.Id).ToDictionary(g => g.Key, g => g.ToArray()))
                .GetValueOrDefault(id, []);

        /// <summary>
        /// Every source's figures whose period overlaps this one, in the preferred order. A period within one year (a
        /// series' month, quarter, half or year) asks about that year's figures, indexed once, not about every figure
        /// of the century: a century of months on a metric page took 1.3–2 s at 100,000 figures.
        /// </summary>
        private IEnumerable<ReportedFigure> Overlapping(string metric, string theatre, Period period)
        {
            if (!resolver.figuresByKey.TryGetValue((metric, theatre), out var all)) return [];
            if (period.Start.Year != period.End.Year)
            {
                return all.Where(f => f.Period.Overlaps(period));  // a span of years (a page's few comparisons): one pass
            }

            var years = byYear.GetOrAdd((metric, theatre), _ =>
            {
                var positions = new Dictionary<int, List<int>>();
                for (var i = 0; i < all.Length; i++)
                {
                    for (var year = all[i].Period.Start.Year; year <= all[i].Period.End.Year; year++)
                    {
                        if (!positions.TryGetValue(year, out var list)) positions[year] = list = [];
                        list.Add(i);
                    }
                }

                return positions.ToDictionary(p => p.Key, p => p.Value.ToArray());
            });
            return years.GetValueOrDefault(period.Start.Year, []).Select(i => all[i]).Where(f => f.Period.Overlaps(period));
        }

        /// <summary>
        /// The figures ending on or before a day, the latest end first (then the latest start, then the preferred
        /// source): a suffix of one array sorted once per (metric, theatre, source), found by a binary search.
        /// </summary>
        private ArraySegment<ReportedFigure> EndingBy(string metric, string theatre, DateOnly day, int? source)
        {
            var sorted = latestFirst.GetOrAdd((metric, theatre, source), _ =>
                [.. Figures(metric, theatre, source).OrderByDescending(f => f.Period.End).ThenByDescending(f => f.Period.Start)]);
            var (low, high) = (0, sorted.Length);
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (sorted[middle].Period.End > day) low = middle + 1;
                else high = middle;
            }

            return new ArraySegment<ReportedFigure>(sorted, low, sorted.Length - low);
        }

        /// <summary>The figures for exactly this period, indexed once per (metric, theatre, source) rather than scanned per period.</summary>
        private IEnumerable<ReportedFigure> At(string metric, string theatre, Period period, int? source) =>
            byPeriod.GetOrAdd((metric, theatre, source), _ => Figures(metric, theatre, source).ToLookup(f => f.Period))[period];

        private Resolution Resolve(string metric, string theatre, Period period, int? source)
        {
            var key = (metric, theatre, period, source);
            if (!memo.TryGetValue(key, out var resolution))
            {
                resolution = resolver.metrics[metric].Kind == MetricKind.Level
                    ? Level(metric, theatre, period, source)
                    : Count(metric, theatre, period, source);
                if (memo.TryAdd(key, resolution)) Interlocked.Increment(ref stored);
            }

            return resolution;
        }

        private Resolution Count(string metric, string theatre, Period period, int? source)
        {
            var reported = At(metric, theatre, period, source).ToList();
            var overTime = SumOverTime(metric, theatre, period, source);
            var overMembers = SumOverMembers(metric, theatre, period, source);

            if (reported.Count > 0)
            {
                var main = reported[0];
                // Partial sums are reconciled too ("tally 81; the monthly releases give at least 72, 6 of 7 months").
                var reconciliations = new[] { overTime, overMembers }
                    .OfType<Resolution>()
                    .Select(sum => new Reconciliation(main.Qualified, sum))
                    .ToList();
                return Resolution.FromFigure(main, Derivation.Reported, period) with
                {
                    Alternatives = reported.Skip(1).Select(f => Resolution.FromFigure(f, Derivation.Reported, period)).ToList(),
                    Reconciliations = reconciliations,
                };
            }

            // A complete sum beats a partial one; between equals, time (the theatre's own figures) beats members.
            var sums = new[] { overTime, overMembers }.OfType<Resolution>()
                .OrderBy(s => s.IsPartial ? 1 : 0)
                .ToList();
            if (sums.Count == 0)
            {
                return Resolution.NotReported(metric, theatre, period);
            }

            var chosen = sums[0];
            var other = sums.Skip(1).Where(s => !s.IsPartial && s.Value != chosen.Value).ToList();
            return chosen with { Alternatives = [.. chosen.Alternatives, .. other] };
        }

        private Resolution? SumOverTime(string metric, string theatre, Period period, int? source)
        {
            var inside = CandidatesInside(metric, theatre, period, source)
                .Select(c => Resolve(metric, theatre, c, source))
                .Where(r => r.HasValue && !r.IsPartial)
                .ToList();
            if (inside.Count == 0)
            {
                return null;
            }

            // The widest coverage wins; among equally wide tilings, the one whose weakest source is most direct
            // (monthly releases over a media tally), then the one with the fewest parts (reported totals).
            var best = Tiling.Best(inside);
            foreach (var threshold in TierThresholds)
            {
                var tiling = Tiling.Best(inside.Where(r => r.WeakestTier <= threshold).ToList());
                if (tiling.Days == best.Days)
                {
                    best = tiling;
                    break;
                }
            }

            // A total reported for a span inside the period is checked against the shorter releases under it whether
            // or not the sum used it: 2023's operations add up the monthly releases (at least 269), and Task & Purpose's
            // January–July tally of 279 must still be seen beside them, as killed's tally of 81 is when it is a part.
            var reportedInside = inside
                .Where(r => r.How == Derivation.Reported)
                .SelectMany(r => r.Reconciliations)
                .Where(rec => rec.Kind == Derivation.SummedOverTime)
                .ToList();
            return Sum(metric, theatre, period, Derivation.SummedOverTime, best.Parts,
                Coverage.Of(period, best.Parts.Select(p => p.Period).ToList())) with { Reconciliations = reportedInside };
        }

        private Resolution? SumOverMembers(string metric, string theatre, Period period, int? source)
        {
            var members = resolver.theatres[theatre].Members;
            if (members.Count == 0)
            {
                return null;
            }

            // Only complete members add up: Iraq's January and February plus Syria's March is not "1 of 3 months"
            // of anything. Partial combined values come from summing over time the months every member reported.
            var parts = members.Select(m => Resolve(metric, m, period, source)).ToList();
            if (parts.Any(p => !p.HasValue || p.IsPartial))
            {
                return null;
            }

            return Sum(metric, theatre, period, Derivation.SummedOverMembers, parts, Coverage.Full(period));
        }

        private static Resolution Sum(string metric, string theatre, Period period, Derivation how,
            IReadOnlyList<Resolution> parts, Coverage coverage)
        {
            // What a gap leaves out can only add to a count: a partial sum is a lower bound.
            var total = QualifiedValue.Sum(parts.Select(p => p.Value!.Value));
            return new(metric, theatre, period, how,
                coverage.IsComplete ? total : total with { Qualifier = total.Qualifier.Partial() },
                coverage, null,
                parts.SelectMany(p => p.Figures).ToList(),
                parts, [], []);
        }

        /// <summary>
        /// Periods for which (metric, theatre) has a figure, plus, for a combined theatre, periods for which every
        /// member has one (so a month reported only per country still counts towards the combined theatre).
        /// </summary>
        private HashSet<Period> CandidatePeriods(string metric, string theatre, int? source)
        {
            var key = (metric, theatre, source);
            if (candidates.TryGetValue(key, out var set))
            {
                return set;
            }

            set = Figures(metric, theatre, source).Select(f => f.Period).ToHashSet();
            var members = resolver.theatres[theatre].Members;
            if (members.Count > 0)
            {
                var shared = members
                    .Select(m => CandidatePeriods(metric, m, source))
                    .Aggregate((a, b) => a.Intersect(b).ToHashSet());
                set.UnionWith(shared);
            }

            candidates[key] = set;
            return set;
        }

        /// <summary>
        /// The candidate periods strictly inside a period, found from a list ordered by start: a month asks about its
        /// few neighbours, not about every period of the century (which made a century's sums quadratic).
        /// </summary>
        private IEnumerable<Period> CandidatesInside(string metric, string theatre, Period period, int? source)
        {
            var ordered = candidatesInOrder.GetOrAdd((metric, theatre, source), _ => [.. CandidatePeriods(metric, theatre, source).Order()]);
            var first = Array.BinarySearch(ordered, Period.Between(period.Start, period.Start));
            for (var i = first < 0 ? ~first : first; i < ordered.Length && ordered[i].Start <= period.End; i++)
            {
                if (ordered[i].End <= period.End && ordered[i] != period) yield return ordered[i];
            }
        }

        /// <summary>What each other source, on its own, says about the same metric, theatre and (nearly) the same period.</summary>
        private IEnumerable<Resolution> OtherSources(Resolution main)
        {
            var used = main.Figures.Concat(main.Alternatives.SelectMany(a => a.Figures))
                .Select(f => f.Source.Id)
                .ToHashSet();
            var others = TheatreAndMembers(main.Theatre)
                .SelectMany(t => Overlapping(main.Metric, t, main.Period))
                .Where(f => !used.Contains(f.Source.Id))
                .Select(f => f.Source)
                .DistinctBy(s => s.Id)
                .Order(Comparer<SourceInfo>.Create((a, b) =>
                    a.Tier != b.Tier ? a.Tier.CompareTo(b.Tier) : b.Published.End.CompareTo(a.Published.End)));

            foreach (var source in others)
            {
                // A source whose figures inside the period add up to fewer days than the threshold cannot qualify:
                // skipping it keeps a century with thousands of monthly sources from resolving each of them.
                var days = TheatreAndMembers(main.Theatre)
                    .Sum(t => Figures(main.Metric, t, source.Id).Where(f => main.Period.Contains(f.Period)).Select(f => f.Period).Distinct().Sum(p => (long)p.Days));
                if (days < AlternativeMinimumCoverage * main.Period.Days) continue;
                var alone = Resolve(main.Metric, main.Theatre, main.Period, source.Id);
                if (alone.HasValue && (alone.Coverage?.Fraction ?? 1) >= AlternativeMinimumCoverage)
                {
                    yield return alone;
                }
            }
        }

        private IEnumerable<string> TheatreAndMembers(string theatre) =>
            resolver.theatres[theatre].Members.SelectMany(TheatreAndMembers).Prepend(theatre);
    }
}
