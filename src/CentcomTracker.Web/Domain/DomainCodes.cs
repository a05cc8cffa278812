namespace CentcomTracker.Web.Domain;

public static class DomainCodes
{
    public const string Iraq = "IQ";
    public const string Syria = "SY";
    public const string IraqAndSyria = "IQ+SY";

    public static string Code(this MetricKind kind) => kind == MetricKind.Count ? "count" : "level";

    public static string Code(this SourceTier tier) => tier switch
    {
        SourceTier.Primary => "primary",
        SourceTier.Relay => "relay",
        _ => "secondary",
    };

    public static bool TryParseTier(string? code, out SourceTier tier)
    {
        foreach (var candidate in Enum.GetValues<SourceTier>())
        {
            if (string.Equals(candidate.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                tier = candidate;
                return true;
            }
        }

        tier = SourceTier.Secondary;
        return false;
    }
}
