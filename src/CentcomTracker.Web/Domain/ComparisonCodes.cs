namespace CentcomTracker.Web.Domain;

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
        ComparisonReason.BoundsOnly => "bounds-only",
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
