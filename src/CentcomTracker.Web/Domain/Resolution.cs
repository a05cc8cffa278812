namespace CentcomTracker.Web.Domain;

/// <summary>
/// The answer to "what is metric M in theatre T over period P?" and how we know: the value and its qualifier,
/// the figures it rests on, the parts of a sum, other sources' values, and reconciliations of a reported total
/// with the sum of its parts. A value nobody reported is <see cref="Derivation.NotReported"/>, never 0.
/// </summary>
public sealed record Resolution(
    string Metric,
    string Theatre,
    Period Period,
    Derivation How,
    QualifiedValue? Value,
    Coverage? Coverage,
    Period? AsOf,
    IReadOnlyList<ReportedFigure> Figures,
    IReadOnlyList<Resolution> Parts,
    IReadOnlyList<Resolution> Alternatives,
    IReadOnlyList<Reconciliation> Reconciliations)
{
    public bool HasValue => Value is not null;

    public bool IsPartial => Coverage is { IsComplete: false };

    /// <summary>
    /// The value over the days it covers. For a partial sum, its parts added as they were reported, without the "at
    /// least" that the days left out give the period's total. A rate or a pace is taken over those days, so it carries
    /// this qualifier: 253 counted over eleven months is ≈ 276 a year, not "at least 276" (December could add nothing).
    /// </summary>
    public QualifiedValue? CoveredValue => IsPartial && Parts.Count > 0 && Parts.All(p => p.HasValue)
        ? QualifiedValue.Sum(Parts.Select(p => p.CoveredValue!.Value))
        : Value;

    /// <summary>
    /// A level carried forward: dated before the period asked about, but within the metric's horizon
    /// (shown as "carried forward from D").
    /// </summary>
    public bool IsStale => AsOf is { } asOf && asOf.End < Period.Start;

    /// <summary>
    /// For a level not reported for this period: the latest figure known by its end that could not stand for it
    /// (older than the horizon, or a peak), offered beside the empty value as "last known: V as of D".
    /// </summary>
    public Resolution? LastKnown { get; init; }

    /// <summary>Values of the same metric and period in a theatre this one is a part of, or in a part of it, that cannot both be right.</summary>
    public IReadOnlyList<PartWhole> Inconsistencies { get; init; } = [];

    /// <summary>Whether the value is a peak or record rather than a level at a date.</summary>
    public bool IsPeak => Figures.Count > 0 && Figures.All(f => f.IsPeak);

    /// <summary>Computed by the app from parts (a sum), not a number any single statement printed.</summary>
    public bool IsComputed => How is Derivation.SummedOverTime or Derivation.SummedOverMembers;

    /// <summary>
    /// Every reconciliation of this value and of the parts it was summed from (a year's tally and its months), each once:
    /// a sum carries the reconciliations of totals reported inside its period, which may also be among its parts.
    /// </summary>
    public IEnumerable<Reconciliation> AllReconciliations =>
        Reconciliations.Concat(Parts.SelectMany(p => p.AllReconciliations)).Distinct();


    /// <summary>The distinct sources of the figures used, in the order first used.</summary>
    public IReadOnlyList<SourceInfo> Sources => Figures.Select(f => f.Source).DistinctBy(s => s.Id).ToList();

    /// <summary>The least direct tier among the figures used (Primary when nothing is used).</summary>
    public SourceTier WeakestTier => Figures.Count == 0 ? SourceTier.Primary : Figures.Max(f => f.Source.Tier);

    public static Resolution NotReported(string metric, string theatre, Period period) =>
        new(metric, theatre, period, Derivation.NotReported, null, null, null, [], [], [], []);

    public static Resolution FromFigure(ReportedFigure figure, Derivation how, Period period) =>
        new(figure.Metric, figure.Theatre, period, how, figure.Qualified, null,
            how == Derivation.Level ? figure.Period : null, [figure], [], [], []);
}
