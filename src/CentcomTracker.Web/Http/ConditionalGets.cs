using System.Globalization;
using CentcomTracker.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace CentcomTracker.Web.Http;

/// <summary>
/// Validators and shared caching for the anonymous read-only views (pages, chart CSVs, the API — every endpoint with
/// the figures output cache). Their body depends only on the address, the language, the data version and the day
/// (what is out of date is judged against today), so the ETag is those, and any write (the database raises the version
/// itself) or a new day changes it. A reader or a CDN that already holds it gets 304 from the output cache, which
/// compares <c>If-None-Match</c> with the ETag of the response it stored, without any rendering; only a 200 is
/// stored, so an address that is missing or refused
/// (404, 400) is never answered 304, whatever validator is sent (<c>*</c> included). A response is public — cacheable
/// by a CDN — when the language is in the address (<c>?culture=</c>) or no language cookie is sent, and always says
/// <c>Vary: Cookie</c>: a reader whose cookie chose Arabic, or a signed-in editor, must not be given the copy made for
/// a reader without cookies. Signed-in readers and responses setting cookies stay private.
/// </summary>
public static class ConditionalGets
{
    /// <summary>Short, because the numbers change on any write; stale-while-revalidate hides the refresh from readers.</summary>
    public const string PublicCaching = "public, max-age=60, stale-while-revalidate=600";

    public static IApplicationBuilder UseConditionalGets(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var endpoint = context.GetEndpoint();
            var cached = endpoint?.Metadata.GetMetadata<OutputCacheAttribute>() is not null
                || endpoint?.Metadata.GetMetadata<IOutputCachePolicy>() is not null;
            if (!cached || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                || context.User.Identity?.IsAuthenticated == true || request.Headers.Authorization.Count > 0)
            {
                await next(context);
                return;
            }

            var version = await context.DataVersionAsync();
            // The day too: what is out of date or overdue is judged against today, so yesterday's copy is not today's.
            var stamp = $"v{version.ToString(CultureInfo.InvariantCulture)}-{FiguresCache.Day(context)}";
            // A response the same in every language (the export of every figure, cached once for all) has one ETag for all,
            // or a reader in the language that did not fill the cache could never be answered 304.
            var etag = endpoint!.Metadata.GetMetadata<SameInEveryLanguage>() is not null
                ? new EntityTagHeaderValue($"\"{stamp}\"", isWeak: true)
                : new EntityTagHeaderValue($"\"{stamp}-{CultureInfo.CurrentUICulture.Name}-" +
                    $"{CultureInfo.CurrentCulture.Name}-{(Culture.ArabicIndicDigits ? "arab" : "latn")}\"", isWeak: true);
            var shared = LanguageInAddress(request);
            // Stamped before the view runs, so that the output cache stores the ETag with the response and answers 304
            // from it; only a 200 or that 304 keeps it.
            Stamp(context.Response, etag, shared);
            context.Response.OnStarting(() =>
            {
                var response = context.Response;
                if (response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
                {
                    Stamp(response, etag, shared && response.Headers.SetCookie.Count == 0);
                }
                else
                {
                    response.Headers.Remove(HeaderNames.ETag);
                    response.Headers.CacheControl = "no-cache, private";
                    response.Headers.Vary = "Cookie, Accept-Encoding";
                }

                return Task.CompletedTask;
            });
            await next(context);
        });

    private static void Stamp(HttpResponse response, EntityTagHeaderValue etag, bool shared)
    {
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = shared ? PublicCaching : "no-cache, private";
        response.Headers.Vary = "Cookie, Accept-Encoding";
    }

    /// <summary>Marks an endpoint whose response does not depend on the language: one ETag for every language.</summary>
    public sealed class SameInEveryLanguage;

    // The language (and the digits) come from the address or from nothing: then every reader of this address gets the
    // same bytes. Only a value the app takes counts: "?culture=fr" leaves the cookie to decide.
    private static bool LanguageInAddress(HttpRequest request) =>
        (request.Query["culture"].ToString() is "en" or "ar" || !request.Cookies.ContainsKey(Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName))
        && (request.Query["digits"].ToString() is "arab" or "latn" || !request.Cookies.ContainsKey(Culture.DigitsCookie));
}
