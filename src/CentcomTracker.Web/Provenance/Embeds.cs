using CentcomTracker.Web.Charts;

namespace CentcomTracker.Web.Provenance;

/// <summary>
/// <c>/embed/charts/{chart}?a=&amp;b=&amp;theatre=&amp;trend=</c>: one dashboard chart with its title, source line and a
/// link back, in a page other sites may put in a frame (only these pages relax <c>frame-ancestors</c>).
/// </summary>
public static class Embeds
{
    public const string Prefix = "/embed";

    public static string ChartPath(string chart, DashboardQuery query) => $"{Prefix}/charts/{chart}?{query.ToQueryString()}";

    public static bool IsEmbed(HttpContext context) => context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
}
