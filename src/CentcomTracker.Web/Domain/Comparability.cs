namespace CentcomTracker.Web.Domain;

/// <summary>The like-for-like rules of <see cref="Comparison"/>.</summary>
public static class Comparability
{
    public static IReadOnlyList<ComparisonReason> Reasons(MetricKind kind, Resolution a, Resolution b)
    {
        if (!a.HasValue || !b.HasValue) return [ComparisonReason.NotReported];
        var reasons = new List<ComparisonReason>();
        if (!SameSeries(a, b)) reasons.Add(ComparisonReason.DifferentSources);
        if (a.Period.Contains(b.Period) || b.Period.Contains(a.Period)) reasons.Add(ComparisonReason.Contains);
        else if (a.Period.Overlaps(b.Period)) reasons.Add(ComparisonReason.Overlaps);

        if (kind == MetricKind.Count)
        {
            if (!SameLength(a.Period, b.Period)) reasons.Add(ComparisonReason.DifferentLengths);
            if (a.IsPartial || b.IsPartial) reasons.Add(ComparisonReason.Partial);
        }
        else if (a.AsOf == b.AsOf)
        {
            reasons.Add(ComparisonReason.SameReport);
        }
        else if (a.IsStale || b.IsStale)
        {
            // A level from years before (the 2019 peak standing for 2023) would put an old change in the wrong period.
            reasons.Add(ComparisonReason.StaleLevel);
        }

        // Last: the other reasons say why the values do not compare; this one, that even values that do would not tell the change.
        if (b.Value!.Value.Qualifier.Versus(a.Value!.Value.Qualifier) is null) reasons.Add(ComparisonReason.BoundsOnly);

        return reasons;
    }

    /// <summary>Whole-month spans compare by months (every year is 12 months), others by days.</summary>
    public static bool SameLength(Period a, Period b) => a.Months is { } m && b.Months is { } n ? m == n : a.Days == b.Days;

    /// <summary>Both values rest on the same source or series of releases (CENTCOM's monthly, quarterly and half-year releases are one).</summary>
    public static bool SameSeries(Resolution a, Resolution b)
    {
        var x = Series(a);
        return x.Count > 0 && x.SetEquals(Series(b));
    }

    public static HashSet<string> Series(Resolution r) => r.Figures.Select(f => f.Source.SeriesKey).ToHashSet(StringComparer.Ordinal);
}
