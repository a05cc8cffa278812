namespace CentcomTracker.Web.Domain;

/// <summary>Why two values are not like for like, so no raw change (absolute or %) is given between them.</summary>
public enum ComparisonReason
{
    /// <summary>One side (or both) was not reported.</summary>
    NotReported,

    /// <summary>Different sources or series of releases: BBC Monitoring's 2022 count against AP's 2023 figure.</summary>
    DifferentSources,

    /// <summary>One period contains the other: 2024-Q1 inside 2024-H1.</summary>
    Contains,

    /// <summary>The periods overlap without one containing the other.</summary>
    Overlaps,

    /// <summary>Periods of different length: 12 months against 6.</summary>
    DifferentLengths,

    /// <summary>A sum that covers only part of its period would understate the change.</summary>
    Partial,

    /// <summary>A level: the same report stands for both periods, so there is no change to speak of.</summary>
    SameReport,

    /// <summary>A level whose latest figure predates its period.</summary>
    StaleLevel,
}

/// <summary>Why a period's default baseline is the value it is, when other sources give others.</summary>
public enum BaselineReason
{
    /// <summary>The only value for the whole period; the others cover part of it (AP's 121 for all of 2023, BBC's January–November 253).</summary>
    CoversWholePeriod,

    /// <summary>A more direct source (the issuer's own words over a relay, a relay over an independent count).</summary>
    MoreDirectSource,

    /// <summary>Equally direct, but published later.</summary>
    NewerSource,

    /// <summary>The resolver's order of preference settled it (same tier, same date).</summary>
    Preferred,
}

/// <summary>A pace set against one baseline of like duration: the baseline annualised when it covers part of the year.</summary>
public sealed record BaselineRatio(Resolution Baseline, Pace? Annualised, decimal PerYear, decimal Ratio, Qualifier Qualifier);

public static class ComparisonCodes
{
    public static string Code(this ComparisonReason reason) => reason switch
    {
        ComparisonReason.NotReported => "not-reported",
        ComparisonReason.DifferentSources => "different-sources",
        ComparisonReason.Contains => "one-contains-the-other",
        ComparisonReason.Overlaps => "periods-overlap",
        ComparisonReason.DifferentLengths => "different-lengths",
        ComparisonReason.Partial => "partial",
        ComparisonReason.SameReport => "same-report",
        _ => "stale-level",
    };

    public static string Code(this BaselineReason reason) => reason switch
    {
        BaselineReason.CoversWholePeriod => "covers-whole-period",
        BaselineReason.MoreDirectSource => "more-direct-source",
        BaselineReason.NewerSource => "newer-source",
        _ => "preferred",
    };
}

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

/// <summary>Choosing and using the baseline a pace is set against.</summary>
public static class Baselines
{
    /// <summary>
    /// Whether a value comes from the source the analyst named: by source id ("7") or by series key
    /// ("bbc-monitoring"), which stays the same in every database and so suits a shared link.
    /// </summary>
    public static bool IsFrom(Resolution candidate, string? choice)
    {
        if (string.IsNullOrWhiteSpace(choice)) return false;
        var key = choice.Trim();
        return int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? candidate.Sources.Any(s => s.Id == id)
            : candidate.Sources.Any(s => string.Equals(s.SeriesKey, key, StringComparison.OrdinalIgnoreCase));
    }

    public static BaselineReason WhyDefault(Resolution main)
    {
        var others = main.Alternatives.Where(a => a.HasValue).ToList();
        if (!main.IsPartial && others.Count > 0 && others.All(o => o.IsPartial)) return BaselineReason.CoversWholePeriod;
        if (others.Count > 0 && others.All(o => main.WeakestTier < o.WeakestTier)) return BaselineReason.MoreDirectSource;
        var published = Newest(main);
        return others.Count > 0 && others.All(o => published > Newest(o)) ? BaselineReason.NewerSource : BaselineReason.Preferred;
    }

    /// <summary>
    /// Pace ÷ baseline, durations alike: a complete baseline as it is; one covering most of the year (at least
    /// <see cref="Comparison.StandsForPeriod"/>) annualised over the span it covers; less, no ratio.
    /// </summary>
    public static BaselineRatio? Ratio(Pace pace, Resolution baseline)
    {
        if (baseline.Value is not { Value: > 0 } value) return null;
        Pace? annualised = null;
        if (baseline.Coverage is { IsComplete: false } coverage)
        {
            if (coverage.Fraction < Comparison.StandsForPeriod) return null;
            annualised = Pace.Of(baseline);
        }

        var perYear = annualised?.PerYear ?? value.Value;
        return new BaselineRatio(baseline, annualised, perYear, pace.PerYear / perYear, pace.Qualifier.Versus(value.Qualifier));
    }

    private static DateOnly Newest(Resolution r) => r.Sources.Count == 0 ? DateOnly.MinValue : r.Sources.Max(s => s.Published.End);
}
