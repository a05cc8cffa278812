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

    /// <summary>An embed's address, also while the error page answers for one (an unknown chart): that answer is framed too.</summary>
    public static bool IsEmbed(HttpContext context) =>
        new PathString(context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath ?? context.Request.Path)
            .StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
}
