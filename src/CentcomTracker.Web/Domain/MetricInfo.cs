namespace CentcomTracker.Web.Domain;

/// <summary>
/// A metric and, for a level, how long a value may be carried forward: a level dated within this many months
/// before a period's end still stands for that period; an older one is only "last known".
/// </summary>
public sealed record MetricInfo(string Code, MetricKind Kind, int HorizonMonths = MetricInfo.DefaultHorizonMonths)
{
    public const int DefaultHorizonMonths = 12;

    /// <summary>Whether a level dated <paramref name="levelEnd"/> is recent enough to stand for a period ending on <paramref name="periodEnd"/>.</summary>
    public bool StandsFor(DateOnly levelEnd, DateOnly periodEnd) => levelEnd >= periodEnd.AddMonths(-HorizonMonths);
}
