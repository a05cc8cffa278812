using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

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
