using Serilog.Events;

namespace CentcomTracker.Web.Http;

/// <summary>
/// One Information line per page or API request; static files and health probes at Debug, below the default level, so
/// a burst of asset requests or a load balancer's probes neither floods the log nor caps the server on console writes.
/// A request its client abandoned is at Debug too: <see cref="ClientAborts"/> has already reported it in one line.
/// </summary>
public static class RequestLogLevels
{
    public static LogEventLevel For(HttpContext context, double elapsed, Exception? error) =>
        context.RequestAborted.IsCancellationRequested || context.Response.StatusCode == ClientAborts.ClientClosedRequest ? LogEventLevel.Debug
        : error is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
        : IsQuiet(context.Request.Path) ? LogEventLevel.Debug
        : LogEventLevel.Information;

    private static bool IsQuiet(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/lib") || path.StartsWithSegments("/css")
        || path.StartsWithSegments("/js") || path.StartsWithSegments("/favicon.ico");
}
