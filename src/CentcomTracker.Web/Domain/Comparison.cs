namespace CentcomTracker.Web.Domain;

/// <summary>
/// Period A against period B for one metric and theatre, with every derived value naming its inputs.
/// A change (absolute or %) is given only like for like (<see cref="Reasons"/> is empty): both values complete,
/// from the same source or series of releases, over periods of equal length of which neither overlaps the other;
/// for levels, each dated within its own period on a different date. Otherwise rates lead: per 30 days and B's
/// annualised pace, and <see cref="LikeForLike"/> offers the same-source pair when other sources give one.
/// The pace is set against a baseline for A (the resolved value, or the source the analyst chose) of like
/// duration: a baseline covering only part of the year (BBC Monitoring's January–November) is annualised first.
/// </summary>
public sealed record Comparison(MetricKind Kind, Resolution A, Resolution B, string? BaselineChoice = null)
{
    /// <summary>
    /// A value that covers at least this share of its period stands for it once annualised or taken per 30 days
    /// (BBC Monitoring's "2023" is 11 of 12 months); less would stretch a few months over a year.
    /// </summary>
    public const double StandsForPeriod = Resolver.AlternativeMinimumCoverage;

    /// <summary>Why no change is given, most telling first; empty when A and B are like for like.</summary>
    public IReadOnlyList<ComparisonReason> Reasons => reasons ??= Comparability.Reasons(Kind, A, B);
    private IReadOnlyList<ComparisonReason>? reasons;

    /// <summary>The first of <see cref="Reasons"/>, or null when comparable.</summary>
    public ComparisonReason? Reason => Reasons.Count > 0 ? Reasons[0] : null;

    public bool Comparable => Reasons.Count == 0;

    /// <summary>B − A.</summary>
    public QualifiedValue? Change => Comparable && ChangeQualifier is { } qualifier
        ? new QualifiedValue(B.Value!.Value.Value - A.Value!.Value.Value, qualifier)
        : null;

    /// <summary>The qualifier a change from A to B (or a change in their rates) carries; null when either is not reported or the qualifiers leave the change unknown.</summary>
    public Qualifier? ChangeQualifier => A.Value is { } a && B.Value is { } b ? b.Qualifier.Versus(a.Qualifier) : null;

    /// <summary>The qualifier a change in the rates carries: each rate is taken over the days its value covers (<see cref="Resolution.CoveredValue"/>).</summary>
    public Qualifier? RateChangeQualifier => A.CoveredValue is { } a && B.CoveredValue is { } b ? b.Qualifier.Versus(a.Qualifier) : null;

    /// <summary>(B − A) ÷ A × 100, when A is a non-zero complete value.</summary>
    public decimal? PercentChange => Comparable && A.Value!.Value.Value != 0
        ? (B.Value!.Value.Value - A.Value.Value.Value) * 100m / A.Value.Value.Value
        : null;

    /// <summary>Periods of different length: 12 months against 6; two whole-month spans compare by months (2023 and 2024 are alike).</summary>
    public bool DifferentLengths => !Comparability.SameLength(A.Period, B.Period);

    /// <summary>Rates lead whenever a raw change cannot: different lengths, different sources, or one period inside the other.</summary>
    private bool RatesLead => Kind == MetricKind.Count && (DifferentLengths || Reasons.Any(r => r is
        ComparisonReason.DifferentSources or ComparisonReason.Contains or ComparisonReason.Overlaps or ComparisonReason.Partial));

    public decimal? RatePer30DaysA => RatesLead ? RatePer30Days(A) : null;

    public decimal? RatePer30DaysB => RatesLead ? RatePer30Days(B) : null;

    /// <summary>
    /// Change in the 30-day rate, the fair comparison when only the lengths (or containment) differ. Not across
    /// different sources: that would subtract two counting methods again, only divided by 30.
    /// </summary>
    public decimal? RateChangePercent => RatePer30DaysA is > 0 && RatePer30DaysB is { } b && RateChangeQualifier is not null
        && !Reasons.Contains(ComparisonReason.DifferentSources) && !Reasons.Contains(ComparisonReason.BoundsOnly)
        ? (b - RatePer30DaysA.Value) * 100m / RatePer30DaysA.Value
        : null;

    /// <summary>B's annualised pace, when B is a count covering less than a year.</summary>
    public Pace? PaceB => Kind == MetricKind.Count && B.Period.Days < 365 && !B.IsPartial ? Pace.Of(B) : null;

    /// <summary>The values for A a pace can be set against: the resolved value first, then each other source's.</summary>
    public IReadOnlyList<Resolution> BaselineCandidates =>
        A.Value is null ? [] : A.Alternatives.Where(alt => alt.Value is not null).Prepend(A).ToList();

    /// <summary>The baseline of <see cref="PaceRatio"/>: the analyst's choice when A has a value from that source, else A.</summary>
    public Resolution Baseline => BaselineCandidates.FirstOrDefault(c => Baselines.IsFrom(c, BaselineChoice)) ?? A;

    /// <summary>Whether <see cref="Baseline"/> is the analyst's choice rather than the default.</summary>
    public bool BaselineChosen => BaselineChoice is not null && Baselines.IsFrom(Baseline, BaselineChoice);

    /// <summary>Why the default baseline is A's resolved value, when A has others to choose from.</summary>
    public BaselineReason? DefaultBaselineReason => BaselineCandidates.Count > 1 ? Baselines.WhyDefault(A) : null;

    /// <summary>B's pace ÷ the baseline's value for a year, when A is a calendar year: "on pace for 2.5 × 2023".</summary>
    public BaselineRatio? PaceRatioAgainstBaseline => A.Period.Kind == PeriodKind.Year && PaceB is { } pace ? Baselines.Ratio(pace, Baseline) : null;

    /// <summary>B's pace ÷ the baseline for A.</summary>
    public decimal? PaceRatio => PaceRatioAgainstBaseline?.Ratio;

    /// <summary>The qualifier that travels to <see cref="PaceRatio"/>.</summary>
    public Qualifier? PaceRatioQualifier => PaceRatioAgainstBaseline?.Qualifier;

    /// <summary>The same pace ÷ each other baseline for A (annualised when it covers part of the year).</summary>
    public IReadOnlyList<BaselineRatio> AlternativePaceRatios => A.Period.Kind == PeriodKind.Year && PaceB is { } pace
        ? BaselineCandidates.Where(c => !ReferenceEquals(c, Baseline)).Select(c => Baselines.Ratio(pace, c)).OfType<BaselineRatio>().ToList()
        : [];

    /// <summary>
    /// When A and B come from different sources, the pair that does not: the same source's (or series') values
    /// for both periods among the alternatives (BBC Monitoring 2022 → BBC Monitoring 2023, 11 of 12 months).
    /// It is a comparison of its own, so its rules apply again (rates when its lengths or coverage differ).
    /// </summary>
    public Comparison? LikeForLike => Reasons.Contains(ComparisonReason.DifferentSources)
        ? (from a in A.Alternatives.Prepend(A)
           from b in B.Alternatives.Prepend(B)
           where a.HasValue && b.HasValue && !(ReferenceEquals(a, A) && ReferenceEquals(b, B)) && Comparability.SameSeries(a, b)
           select new Comparison(Kind, a, b)).FirstOrDefault()
        : null;

    /// <summary>A like-for-like pair, country by country, when both sides add up countries: Iraq 401 → 141, Syria 292 → 112.</summary>
    public IReadOnlyList<Comparison> ByMember
    {
        get
        {
            var a = Members(A);
            var b = Members(B);
            return a.Count == 0 || a.Count != b.Count
                ? []
                : a.Join(b, x => x.Theatre, y => y.Theatre, (x, y) => new Comparison(Kind, x, y)).ToList();
        }
    }

    // The countries of a sum over members, also when that sum is itself the one part of a partial sum over time.
    private static IReadOnlyList<Resolution> Members(Resolution r) => r.How switch
    {
        Derivation.SummedOverMembers => r.Parts,
        Derivation.SummedOverTime when r.Parts.Count == 1 => Members(r.Parts[0]),
        _ => [],
    };

    private static decimal? RatePer30Days(Resolution r) =>
        r.Value is { } v && RateDays(r) is { } days ? v.Value * 30m / days : null;

    /// <summary>The days a rate is taken over: the period's, or the days a sum covers when it stands for the period.</summary>
    public static int? RateDays(Resolution r)
    {
        var coverage = r.Coverage ?? Coverage.Full(r.Period);
        return coverage.CoveredDays > 0 && (coverage.IsComplete || coverage.Fraction >= StandsForPeriod) ? coverage.CoveredDays : null;
    }
}
