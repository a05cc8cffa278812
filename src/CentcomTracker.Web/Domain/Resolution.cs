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

    /// <summary>A level whose latest known value predates the period asked about (shown as "latest known").</summary>
    public bool IsStale => AsOf is { } asOf && asOf.End < Period.Start;

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

/// <summary>A reported total set against the sum of its parts (over time, or over member theatres).</summary>
public sealed record Reconciliation(QualifiedValue Reported, Resolution Sum)
{
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

    private static (long Low, long High) Bounds(QualifiedValue v) => v.Qualifier switch
    {
        Qualifier.Exact => (v.Value, v.Value),
        Qualifier.MoreThan => (v.Value + 1, long.MaxValue),
        Qualifier.AtLeast => (v.Value, long.MaxValue),
        Qualifier.LessThan => (long.MinValue, v.Value - 1),
        _ => (long.MinValue, long.MaxValue),
    };
}
