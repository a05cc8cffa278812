namespace CentcomTracker.Web.Domain;

/// <summary>
/// How much of a period a sum covers. A partial sum is shown with its coverage and never scaled up.
/// When the period and every covering part are whole calendar months, coverage is also counted in months.
/// </summary>
public sealed record Coverage(int CoveredDays, int TotalDays, int? CoveredMonths, int? TotalMonths)
{
    public bool IsComplete => CoveredDays == TotalDays;

    public double Fraction => TotalDays == 0 ? 0 : (double)CoveredDays / TotalDays;

    public static Coverage Of(Period period, IReadOnlyCollection<Period> parts)
    {
        var covered = parts.Sum(p => p.Days);
        int? coveredMonths = period.IsWholeMonths && parts.All(p => p.IsWholeMonths) ? parts.Sum(p => p.Months!.Value) : null;
        return new Coverage(covered, period.Days, coveredMonths, coveredMonths is null ? null : period.Months);
    }

    public static Coverage Full(Period period) => new(period.Days, period.Days, period.Months, period.Months);

    /// <summary>"2 of 3 months", or "334 of 366 days".</summary>
    public override string ToString() =>
        CoveredMonths is { } months ? $"{months} of {TotalMonths} months" : $"{CoveredDays} of {TotalDays} days";
}
