namespace CentcomTracker.Web.Domain;

/// <summary>How a number on screen was obtained from the reported figures.</summary>
public enum Derivation { Reported, SummedOverTime, SummedOverMembers, Level, NotReported }

public enum Agreement { Matches, Consistent, Differs }

public static class DerivationCodes
{
    public static string Code(this Derivation how) => how switch
    {
        Derivation.Reported => "reported",
        Derivation.SummedOverTime => "summed-over-time",
        Derivation.SummedOverMembers => "summed-over-members",
        Derivation.Level => "level",
        _ => "not-reported",
    };

    public static string Code(this Agreement agreement) => agreement switch
    {
        Agreement.Matches => "matches",
        Agreement.Consistent => "consistent",
        _ => "differs",
    };
}

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

    /// <summary>Every reconciliation of this value and of the parts it was summed from (a year's tally and its months).</summary>
    public IEnumerable<Reconciliation> AllReconciliations =>
        Reconciliations.Concat(Parts.SelectMany(p => p.AllReconciliations));

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

/// <summary>
/// A reported total set against the sum of its parts (over time, or over member theatres). The sum may be partial
/// ("at least 72, 6 of 7 months"); its coverage says how many parts of how many were known.
/// </summary>
public sealed record Reconciliation(QualifiedValue Reported, Resolution Sum)
{
    public bool IsPartial => Sum.IsPartial;

    public Derivation Kind => Sum.How;

    public QualifiedValue SumValue => Sum.Value!.Value;

    /// <summary>Reported minus the sum: +10 when the total exceeds its parts by 10.</summary>
    public long Difference => Reported.Value - SumValue.Value;

    public Agreement Agreement => Agree(Reported, SumValue);

    /// <summary>
    /// Equal values with equal qualifiers match; values whose qualifiers leave room for each other
    /// ("at least 686" and 700, or anything "about") are consistent; everything else differs.
    /// </summary>
    public static Agreement Agree(QualifiedValue a, QualifiedValue b)
    {
        if (a == b) return Agreement.Matches;
        if (a.Qualifier == Qualifier.Exact && b.Qualifier == Qualifier.Exact) return Agreement.Differs;
        var (aLow, aHigh) = Bounds(a);
        var (bLow, bHigh) = Bounds(b);
        return aLow <= bHigh && bLow <= aHigh ? Agreement.Consistent : Agreement.Differs;
    }

    /// <summary>The range of true values a qualified value allows ("about" allows anything).</summary>
    internal static (long Low, long High) Bounds(QualifiedValue v) => v.Qualifier switch
    {
        Qualifier.Exact => (v.Value, v.Value),
        Qualifier.MoreThan => (v.Value + 1, long.MaxValue),
        Qualifier.AtLeast => (v.Value, long.MaxValue),
        Qualifier.LessThan => (long.MinValue, v.Value - 1),
        _ => (long.MinValue, long.MaxValue),
    };
}

/// <summary>
/// A whole and one of its parts for the same metric and period that cannot both be right: Iraq and Syria's 121
/// attacks in 2023 (AP) against Iraq's 141 (BBC Monitoring), or a sub-camp larger than the camps it belongs to.
/// A partial part is a lower bound, so it still counts; a partial whole bounds nothing from above, so it never does.
/// </summary>
public sealed record PartWhole(Resolution Whole, Resolution Part)
{
    public static PartWhole? Check(Resolution whole, Resolution part)
    {
        if (whole.Value is not { } w || part.Value is not { } p || whole.IsPeak || part.IsPeak) return null;
        var wholeHigh = whole.IsPartial ? long.MaxValue : Reconciliation.Bounds(w).High;
        var partLow = Reconciliation.Bounds(p).Low;
        return wholeHigh < partLow ? new PartWhole(whole, part) : null;
    }
}
