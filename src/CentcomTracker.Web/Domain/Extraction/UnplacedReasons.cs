namespace CentcomTracker.Web.Domain.Extraction;

/// <summary>Why a number was not turned into a candidate. Codes are stable.</summary>
public static class UnplacedReasons
{
    public const string Percentage = "percentage";
    public const string Peak = "peak";
    public const string Breakdown = "breakdown";
    public const string NoMetric = "no-metric";
    public const string NoPeriod = "no-period";
    public const string NotWhole = "not-whole";
    public const string TooLarge = "too-large";

    /// <summary>"1.000": a dot before three digits, thousands or decimals depending on the writer's language.</summary>
    public const string AmbiguousSeparator = "ambiguous-separator";
}
