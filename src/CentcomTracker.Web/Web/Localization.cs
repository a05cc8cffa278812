using System.Globalization;
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
}
