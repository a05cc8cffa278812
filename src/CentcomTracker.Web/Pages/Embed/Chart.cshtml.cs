using CentcomTracker.Web.Charts;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Provenance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace CentcomTracker.Web.Pages.Embed;

/// <summary>
/// One dashboard chart for other sites to frame: its title, the chart and its table, the source line and a link back
/// to the same view here. Reads the dashboard's parameters; a bad one is refused (an embed never shows another view), in the frame, naming it.
/// </summary>
[OutputCache(PolicyName = FiguresCache.Policy)]
public sealed class ChartModel(TrackerDbContext db, ResolverCache resolvers, IStringLocalizer<ChartText> chartText) : PageModel
{
    public ChartView Chart { get; private set; } = null!;
    public DashboardQuery View { get; private set; } = DashboardQuery.Default;
    public IReadOnlyList<string> Publishers { get; private set; } = [];

    /// <summary>The parameters that could not be read, when the embed is refused.</summary>
    public IReadOnlyList<QueryProblem> Problems { get; private set; } = [];

    /// <summary>The chart asked for, when there is no such chart.</summary>
    public string? UnknownChart { get; private set; }

    public async Task<IActionResult> OnGetAsync(string chart, string? a, string? b, string? theatre, string? trend, CancellationToken cancellationToken)
    {
        if (!DashboardCharts.Names.Contains(chart))
        {
            UnknownChart = chart;
            return await RefusedAsync(StatusCodes.Status404NotFound);
        }

        var data = await DashboardData.LoadAsync(db, resolvers, cancellationToken);
        View = data.Read(a, b, theatre, trend, out var problems);
        if (problems.Count > 0)
        {
            Problems = problems;
            return await RefusedAsync(StatusCodes.Status400BadRequest);
        }

        Chart = new DashboardCharts(data, View, new Wording(chartText)).Build(chart);
        Publishers = Permalinks.Publishers(Chart.Figures);
        BackLink = await Permalinks.ForAsync(HttpContext, "/?" + View.ToQueryString()) + "#panel-" + Chart.Id;
        return Page();
    }

    /// <summary>
    /// Refused in the frame itself, naming what could not be read, with a link to the dashboard: the site's error page,
    /// with its navigation and sign-out form, may not be framed.
    /// </summary>
    private async Task<IActionResult> RefusedAsync(int status)
    {
        BackLink = await Permalinks.ForAsync(HttpContext, "/");
        Response.StatusCode = status;
        return Page();
    }

    public string? AsOfLabel => HttpContext.Features.Get<AsOfFeature>()?.AsOf?.Label;

    /// <summary>The dashboard showing this chart, pinned to the moment shown (the data version read when none).</summary>
    public string BackLink { get; private set; } = "";
}
