namespace CentcomTracker.Web.Domain;

/// <summary>
/// A reported total set against the sum of its parts (over time, or over member theatres). The sum may be partial
/// ("at least 72, 6 of 7 months"); its coverage says how many parts of how many were known.
/// </summary>
public sealed record Reconciliation(QualifiedValue Reported, Resolution Sum)
{
    public bool IsPartial => Sum.IsPartial;

    /// <summary>
    /// The span the reported total covers. A sum also carries the reconciliations of totals reported inside its period
    /// (2023's operations carry January–July's tally of 279 against its months), so this may be shorter than the value's.
    /// </summary>
    public Period Period => Sum.Period;

    public Derivation Kind => Sum.How;

    public QualifiedValue SumValue => Sum.Value!.Value;

    /// <summary>Reported minus the sum: +10 when the total exceeds its parts by 10.</summary>
    public long Difference => Reported.Value - SumValue.Value;

    /// <summary>
    /// How far the difference is known, as qualifiers travel: reported exactly 121 against a sum of at least 253 is a
    /// difference of at most −132 (the months may hold more). Null when both are bounds on the same side, which
    /// always leave room for each other.
    /// </summary>
    public Qualifier? DifferenceQualifier => Reported.Qualifier.Versus(SumValue.Qualifier);

    /// <summary>The size of the difference, whichever way it goes: "at least 132" for at most −132.</summary>
    public QualifiedValue? Gap => DifferenceQualifier is { } q
        ? new QualifiedValue(Math.Abs(Difference), Difference < 0 ? q.Negated() : q)
        : null;

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
        Qualifier.AtMost => (long.MinValue, v.Value),
        _ => (long.MinValue, long.MaxValue),
    };
}
