using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CentcomTracker.Web.Http;

/// <summary>
/// A POST whose Content-Length is over <paramref name="maxBytes"/> is answered from its length alone, before the
/// form limits or the antiforgery check read the body (which would fail with a bare 400): a redirect to the same
/// page with <c>?tooLarge=</c> the size, which the page turns into its size message. Browsers always send the length
/// of a form; a body without one that grows past the limit is still cut off by the server.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RefuseLargeUploadsAttribute(long maxBytes) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public const string Query = "tooLarge";

    /// <summary>After the authorization policy (0), before [RequestFormLimits]/[RequestSizeLimit] (900) and antiforgery (1000).</summary>
    public int Order => 800;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || http.Request.ContentLength is not { } length || length <= maxBytes)
        {
            return;
        }

        // The unread body is discarded after the answer, within the server's drain timeout; a size limit would cut
        // the connection instead, and the browser would show a network error rather than the message.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        context.Result = new LocalRedirectResult(string.Create(CultureInfo.InvariantCulture,
            $"{http.Request.PathBase}{http.Request.Path}?{Query}={length}"));
    }
}
