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

    /// <summary>
    /// An embed's own address. The site's error page, re-executed for a failure under it, is not one: it carries the
    /// site's layout (navigation, the sign-out form) and must not be framed, so the embed answers its refusals itself.
    /// </summary>
    public static bool IsEmbed(HttpContext context) => context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
}
