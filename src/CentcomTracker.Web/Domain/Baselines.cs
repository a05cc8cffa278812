namespace CentcomTracker.Web.Domain;

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

        // A pace "more than" a number against a baseline "more than" another: the ratio could be anything.
        if (pace.Qualifier.Versus(annualised?.Qualifier ?? value.Qualifier) is not { } qualifier) return null;
        var perYear = annualised?.PerYear ?? value.Value;
        return new BaselineRatio(baseline, annualised, perYear, pace.PerYear / perYear, qualifier);
    }

    private static DateOnly Newest(Resolution r) => r.Sources.Count == 0 ? DateOnly.MinValue : r.Sources.Max(s => s.Published.End);
}
