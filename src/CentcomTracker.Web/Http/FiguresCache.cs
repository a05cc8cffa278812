using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace CentcomTracker.Web.Http;

/// <summary>
/// Output caching for the read-only views, per address, language and data version (raised by database triggers on
/// any write, from anywhere): no write has to evict anything. Signed-in requests are not cached, nor responses that set a
/// cookie other than the language ones (added after the copy is taken, so that a first visit is served from the cache).
/// </summary>
/// <param name="wholeData">
/// For the export of every figure: one entry per data version, encoding and day (every entry is per day: its file
/// name carries the date, and pages judge what is out of date against today), and moment shown (<c>asof</c>),
/// whatever the rest of the query string or the language, which do not change it; a query string cannot make it build
/// another copy.
/// </param>
public sealed class FiguresCache(bool wholeData = false) : IOutputCachePolicy
{
    public const string Policy = "figures";
    public const string ExportPolicy = "figures-export";

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.Authorization.Any();
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return;
        }

        // The body is stored compressed (compression runs inside the cache), so one entry per accepted encoding.
        context.CacheVaryByRules.HeaderNames = Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding;
        context.CacheVaryByRules.VaryByValues["data"] = (await http.DataVersionAsync()).ToString(CultureInfo.InvariantCulture);
        // What is out of date, overdue or not yet reported is judged against today, so a page is kept for a day at most.
        context.CacheVaryByRules.VaryByValues["day"] = Day(http);
        if (wholeData)
        {
            // …except the moment asked for (?asof=), which does: one entry per moment, read as the snapshot names it.
            context.CacheVaryByRules.VaryByValues["asof"] = http.Features.Get<AsOfFeature>()?.AsOf?.Label ?? "";
        }
        else
        {
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["language"] =
                CultureInfo.CurrentUICulture.Name + "/" + CultureInfo.CurrentCulture.Name + (Culture.ArabicIndicDigits ? "/arab" : "");
        }
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(30);
    }

    /// <summary>Today (UTC) as the views judge it: part of the cache key and of the ETag.</summary>
    public static string Day(HttpContext http) =>
        http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        // The language cookies are added as the response starts, after the copy to store was taken (UseLanguageCookies):
        // any other cookie keeps the response out of the cache.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Any(cookie => !Culture.IsLanguageCookie(cookie)))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
