namespace CentcomTracker.Web.Domain;

/// <summary>
/// An annualised pace: the value scaled to a year. Day-count convention: when the covered span is made of whole
/// calendar months, value × 12 ÷ months (H1 is 6 months, so 153 claimed attacks are on pace for 306, whatever
/// the lengths of February and June); otherwise value × 365.25 ÷ days.
/// </summary>
public sealed record Pace(QualifiedValue Value, int? Months, int Days, decimal PerYear)
{
    public Qualifier Qualifier => Value.Qualifier;

    public static Pace Of(QualifiedValue value, int days, int? months) =>
        new(value, months, days, months is > 0 ? value.Value * 12m / months.Value : value.Value * 365.25m / days);

    /// <summary>The pace of a resolved count over the span it actually covers (never scaled past its gaps silently: the basis says so).</summary>
    public static Pace? Of(Resolution resolution)
    {
        if (resolution.Value is not { } value) return null;
        var coverage = resolution.Coverage ?? Coverage.Full(resolution.Period);
        return coverage.CoveredDays == 0 ? null : Of(value, coverage.CoveredDays, coverage.CoveredMonths);
    }

    public string Basis => Months is { } m ? $"{m} months" : $"{Days} days";
}

/// <summary>
/// Period A against period B for one metric and theatre, with every derived value naming its inputs.
/// Change and % change are only given when both values are complete (a partial sum would understate) and, for
/// levels, each was reported within its own period on a different date;
/// rates per 30 days when the periods differ in length; pace when B is shorter than a year; pace ÷ baseline
/// when A is a calendar year (the "on pace for 2.5 × 2023" of the sources).
/// </summary>
public sealed record Comparison(MetricKind Kind, Resolution A, Resolution B)
{
    private bool BothComplete => A.Value is not null && B.Value is not null && !A.IsPartial && !B.IsPartial;

    /// <summary>
    /// Whether A and B can be subtracted. Two counts can when both are complete. Two levels can only when each was
    /// reported within its own period and on different dates: the same report standing for both periods is no
    /// change, and a level from years before (the 2019 peak standing for 2023) would put an old change in the wrong period.
    /// </summary>
    public bool Comparable => BothComplete &&
        (Kind == MetricKind.Count || (A.AsOf != B.AsOf && !A.IsStale && !B.IsStale));

    /// <summary>B − A.</summary>
    public QualifiedValue? Change => Comparable
        ? new QualifiedValue(B.Value!.Value.Value - A.Value!.Value.Value, B.Value.Value.Qualifier.Versus(A.Value.Value.Qualifier))
        : null;

    /// <summary>(B − A) ÷ A × 100, when A is a non-zero complete value.</summary>
    public decimal? PercentChange => Comparable && A.Value!.Value.Value != 0
        ? (B.Value!.Value.Value - A.Value.Value.Value) * 100m / A.Value.Value.Value
        : null;

    public bool DifferentLengths => A.Period.Days != B.Period.Days;

    public decimal? RatePer30DaysA => RatePer30Days(A);

    public decimal? RatePer30DaysB => RatePer30Days(B);

    /// <summary>Change in the 30-day rate, the fair comparison when the periods differ in length.</summary>
    public decimal? RateChangePercent => DifferentLengths && RatePer30DaysA is > 0 && RatePer30DaysB is { } b
        ? (b - RatePer30DaysA.Value) * 100m / RatePer30DaysA.Value
        : null;

    /// <summary>B's annualised pace, when B is a count covering less than a year.</summary>
    public Pace? PaceB => Kind == MetricKind.Count && B.Period.Days < 365 && !B.IsPartial ? Pace.Of(B) : null;

    /// <summary>B's pace ÷ A's value, when A is a calendar year: "on pace for 2.5 × 2023".</summary>
    public decimal? PaceRatio => PaceB is { } pace && A.Period.Kind == PeriodKind.Year && !A.IsPartial && A.Value is { Value: > 0 } a
        ? pace.PerYear / a.Value
        : null;

    /// <summary>The qualifier that travels to <see cref="PaceRatio"/>.</summary>
    public Qualifier? PaceRatioQualifier => PaceRatio is null ? null : B.Value!.Value.Qualifier.Versus(A.Value!.Value.Qualifier);

    /// <summary>The same pace ÷ each alternative baseline another source gives for A (with that baseline's coverage).</summary>
    public IReadOnlyList<(Resolution Baseline, decimal Ratio)> AlternativePaceRatios => PaceB is { } pace && A.Period.Kind == PeriodKind.Year
        ? A.Alternatives.Where(alt => alt.Value is { Value: > 0 })
            .Select(alt => (alt, pace.PerYear / alt.Value!.Value.Value))
            .ToList()
        : [];

    private decimal? RatePer30Days(Resolution r) =>
        Kind == MetricKind.Count && DifferentLengths && r.Value is { } v && !r.IsPartial ? v.Value * 30m / r.Period.Days : null;
}
