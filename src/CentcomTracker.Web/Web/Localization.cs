using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;

namespace CentcomTracker.Web.Web;

/// <summary>English and Arabic. Plain "ar", not "ar-SA", which defaults to the Hijri calendar.</summary>
public static class Localization
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    public static readonly CultureInfo Arabic = CultureInfo.GetCultureInfo("ar");

    public static bool IsArabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public static IServiceCollection AddTrackerLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");

        // Write Arabic letters as themselves, not as &#x…; entities (which made Arabic pages several times larger).
        // Markup characters (<, >, &, quotes) are still encoded.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [English, Arabic];
            options.DefaultRequestCulture = new RequestCulture(English);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // ?culture=ar wins over the cookie, which wins over nothing: the browser's language is not guessed.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>A language chosen with <c>?culture=</c> is remembered in the culture cookie for the next visit.</summary>
    public static IApplicationBuilder UseCultureCookie(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var asked = context.Request.Query["culture"].ToString();
            if (asked is "en" or "ar")
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(asked)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            }

            return next(context);
        });
}

/// <summary>Marker for the shared resource file (Resources/SharedResource.ar.resx): validation messages and words used on many pages.</summary>
public sealed class SharedResource;
