namespace CentcomTracker.Web.Domain;

/// <summary>
/// An annualised pace: the value scaled to a year. Day-count convention: when the covered span is made of whole
/// calendar months, value × 12 ÷ months (H1 is 6 months, so 153 claimed attacks are on pace for 306, whatever
/// the lengths of February and June); otherwise value × 365.25 ÷ days.
/// </summary>
public sealed record Pace(QualifiedValue Value, int? Months, int Days, decimal PerYear)
{
    /// <summary>
    /// A pace is a projection, never a count, so an exact value gives an approximate pace ("≈ 306 a year"); a bound
    /// stays a bound (more than 150 in six months is a pace of more than 300). The page, the chart CSV and the API
    /// all take the qualifier from here, so they cannot disagree.
    /// </summary>
    public Qualifier Qualifier => Value.Qualifier == Qualifier.Exact ? Qualifier.About : Value.Qualifier;

    public static Pace Of(QualifiedValue value, int days, int? months) =>
        new(value, months, days, months is > 0 ? value.Value * 12m / months.Value : value.Value * 365.25m / days);

    /// <summary>The pace of a resolved count over the span it actually covers (never scaled past its gaps silently: the basis says so).</summary>
    public static Pace? Of(Resolution resolution)
    {
        if (resolution.CoveredValue is not { } value) return null;
        var coverage = resolution.Coverage ?? Coverage.Full(resolution.Period);
        return coverage.CoveredDays == 0 ? null : Of(value, coverage.CoveredDays, coverage.CoveredMonths);
    }

    public string Basis => Months is { } m ? $"{m} months" : $"{Days} days";
}
