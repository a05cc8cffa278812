namespace CentcomTracker.Web.Api;

/// <summary>How many texts one client address may post to /api/extract per window (configuration section RateLimiting:Extract).</summary>
public sealed class ExtractRateLimitOptions
{
    public const string Section = "RateLimiting:Extract";
    public int PermitLimit { get; set; } = 30;
    public int WindowSeconds { get; set; } = 60;
}
