namespace CentcomTracker.Web.Accounts;

/// <summary>How many sign-in attempts one client address may make per window (configuration section RateLimiting:Login).</summary>
public sealed class LoginRateLimitOptions
{
    public const string Section = "RateLimiting:Login";
    public int PermitLimit { get; set; } = 10;
    public int WindowSeconds { get; set; } = 60;
}
