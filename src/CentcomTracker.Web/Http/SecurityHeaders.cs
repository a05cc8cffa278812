namespace CentcomTracker.Web.Http;

public static class SecurityHeaders
{
    /// <summary>
    /// No inline script or style anywhere (charts read JSON islands; one module draws them), so the policy can
    /// forbid both. Framing is refused; referrers stay on this site.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            // Embeds are made to be framed by other sites; every other page refuses it.
            var embed = Provenance.Embeds.IsEmbed(context);
            headers.ContentSecurityPolicy = embed ? ContentSecurityPolicy.Replace("frame-ancestors 'none'", "frame-ancestors *", StringComparison.Ordinal) : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            if (!embed) headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // Nothing here uses the camera, the microphone, the reader's location or payment; an embedding site cannot ask for them through it either.
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            context.Response.OnStarting(() =>
            {
                // Pages depend on the language and sign-in cookies: a shared proxy must not hand one reader's page to
                // another. Static files set their own (long) caching and are left alone.
                if (!headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.CacheControl))
                {
                    headers.CacheControl = "no-cache, private";
                    headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, "Cookie");
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}
