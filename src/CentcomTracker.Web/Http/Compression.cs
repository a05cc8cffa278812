using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Serilog.Events;

namespace CentcomTracker.Web.Http;

public static class Compression
{
    /// <summary>
    /// Brotli first, gzip for older clients, for the text the app renders (HTML, JSON, Problem Details, CSV). Over HTTPS
    /// too: anonymous pages hold no secret, and editors' forms carry per-request antiforgery tokens only in POSTed forms.
    /// Optimal rather than fastest: with the output cache the work is done once per page and data version.
    /// </summary>
    public static IServiceCollection AddTrackerCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "application/json", "application/problem+json", "text/csv", "text/plain"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }
}

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
