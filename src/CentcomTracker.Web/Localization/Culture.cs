using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace CentcomTracker.Web.Localization;

/// <summary>
/// English and Arabic. Plain "ar", not "ar-SA", which defaults to the Hijri calendar. Arabic readers may also ask
/// for Arabic-Indic digits (٠١٢٣ rather than 0123) with <c>?digits=arab</c>; both choices are kept in cookies.
/// </summary>
public static class Culture
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    public static readonly CultureInfo Arabic = CultureInfo.GetCultureInfo("ar");

    public const string DigitsCookie = ".CentcomTracker.Digits";

    // Per request, like the culture itself (which ASP.NET Core also keeps in an async-local).
    private static readonly AsyncLocal<bool> arabicIndicAsked = new();

    public static bool IsArabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    /// <summary>True on an Arabic page whose reader asked for Arabic-Indic digits; English pages always use 0–9.</summary>
    public static bool ArabicIndicDigits => IsArabic && arabicIndicAsked.Value;

    /// <summary>The BCP 47 locale for the browser's Intl (charts), with the numbering system the server uses.</summary>
    public static string NumberLocale => !IsArabic ? "en" : ArabicIndicDigits ? "ar-u-nu-arab" : "ar-u-nu-latn";

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
        // Model binding's own messages ("The value 'x' is not valid for SourceId.") in the page's language too.
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            var text = factory.Create(typeof(SharedResource));
            var messages = options.ModelBindingMessageProvider;
            messages.SetMissingBindRequiredValueAccessor(name => text.Say(new Message("A value for the '{0}' parameter or property was not provided.", name)));
            messages.SetMissingKeyOrValueAccessor(() => text.Say(new Message("A value is required.")));
            messages.SetMissingRequestBodyRequiredValueAccessor(() => text.Say(new Message("A non-empty request body is required.")));
            messages.SetValueMustNotBeNullAccessor(value => text.Say(new Message("The value '{0}' is invalid.", value)));
            messages.SetAttemptedValueIsInvalidAccessor((value, name) => text.Say(new Message("The value '{0}' is not valid for {1}.", value, name)));
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text.Say(new Message("The value '{0}' is not valid.", value)));
            messages.SetUnknownValueIsInvalidAccessor(name => text.Say(new Message("The supplied value is invalid for {0}.", name)));
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text.Say(new Message("The supplied value is invalid.")));
            messages.SetValueIsInvalidAccessor(value => text.Say(new Message("The value '{0}' is invalid.", value)));
            messages.SetValueMustBeANumberAccessor(name => text.Say(new Message("The field {0} must be a number.", name)));
            messages.SetNonPropertyValueMustBeANumberAccessor(() => text.Say(new Message("The field must be a number.")));
        });
        return services;
    }

    /// <summary>
    /// A language chosen with <c>?culture=</c> and digits chosen with <c>?digits=</c> are remembered in cookies for
    /// the next visit; the digits in force are set for this request. The cookies are added as the response starts,
    /// after the output cache has taken its copy: a reader's first visit to <c>/?culture=ar</c> is served from the cache
    /// like anyone's (it used to be rendered afresh every time, since a response that sets a cookie is not stored),
    /// and the copy stored never carries one reader's cookie to the next.
    /// </summary>
    public static IApplicationBuilder UseLanguageCookies(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var culture = context.Request.Query["culture"].ToString();
            // Set only when it changes: a response that sets a cookie cannot be shared by a CDN.
            var cultureCookie = culture is "en" or "ar"
                && context.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName] != CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture))
                ? CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture))
                : null;

            var digits = context.Request.Query["digits"].ToString();
            string? digitsCookie = null;
            if (digits is "arab" or "latn")
            {
                if (context.Request.Cookies[DigitsCookie] != digits) digitsCookie = digits;
            }
            else
            {
                digits = context.Request.Cookies[DigitsCookie] ?? "latn";
            }

            if (cultureCookie is not null || digitsCookie is not null)
            {
                context.Response.OnStarting(() => SetLanguageCookies(context.Response, cultureCookie, digitsCookie));
            }

            // One language for words and for formatting: a crafted cookie (c=ar|uic=en) must not give an English page
            // Arabic dates, least of all one the output cache would then serve to every English reader.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture;

            // Set in this async method, so it holds for everything below and is undone when the request leaves.
            arabicIndicAsked.Value = digits == "arab";
            await next(context);
        });

    /// <summary>Whether a <c>Set-Cookie</c> value is one of the language cookies <see cref="UseLanguageCookies"/> sets.</summary>
    public static bool IsLanguageCookie(string? setCookie) =>
        setCookie is not null
        && (setCookie.StartsWith(CookieRequestCultureProvider.DefaultCookieName + "=", StringComparison.Ordinal)
            || setCookie.StartsWith(DigitsCookie + "=", StringComparison.Ordinal));

    // Runs after every callback registered further down the pipeline (the validators' among them), so it has the last
    // word: a response that sets a cookie is this reader's alone, whatever caching was stamped on it for the address.
    private static Task SetLanguageCookies(HttpResponse response, string? culture, string? digits)
    {
        var cookie = new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true };
        if (culture is not null) response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, culture, cookie);
        if (digits is not null) response.Cookies.Append(DigitsCookie, digits, cookie);
        // Not only a public page: a static file asked for with ?culture= says "max-age=31536000, immutable", which a
        // shared cache may store, cookie and all, for a year.
        if (!Microsoft.Net.Http.Headers.CacheControlHeaderValue.TryParse(response.Headers.CacheControl.ToString(), out var caching)
            || !(caching.Private || caching.NoStore))
        {
            response.Headers.CacheControl = "no-cache, private";
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The address of the page being shown with one query parameter set (<c>culture</c>, <c>digits</c>): the same
    /// page, query and language otherwise. An error page shown in place of a missing page links to that page's address.
    /// </summary>
    public static string CurrentPageWith(HttpContext context, string parameter, string value)
    {
        var request = context.Request;
        var (path, query) = context.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted
            ? (reExecuted.OriginalPathBase + reExecuted.OriginalPath, reExecuted.OriginalQueryString)
            : context.Features.Get<IExceptionHandlerPathFeature>() is { } failed
                ? (request.PathBase + failed.Path, request.QueryString.Value) // the handler changes the path, not the query
                : (request.PathBase + request.Path, request.QueryString.Value);
        var parameters = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)
            .Where(q => !string.Equals(q.Key, parameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>(parameter, value));
        // "//evil.example" is a path to this site but an address of another when put in a link: fall back to the home page.
        var safe = string.IsNullOrEmpty(path) || path.StartsWith("//", StringComparison.Ordinal) || path.StartsWith("/\\", StringComparison.Ordinal) ? "/" : path;
        return safe + QueryString.Create(parameters);
    }
}
