using Microsoft.AspNetCore.Routing;

namespace CentcomTracker.Web.Http;

/// <summary>
/// HEAD wherever GET is answered, as HTTP asks: link checkers and monitors ask with HEAD, and a download, the feed or an
/// API route answering it with 405 looks broken to them. Razor Pages do so already; a route mapped with <c>MapGet</c>
/// accepts GET alone. The server sends the headers of the GET and no body.
/// </summary>
public static class HeadRequests
{
    public static TBuilder AnswerHead<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { HttpMethods: [var only] } methods && HttpMethods.IsGet(only))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head], methods.AcceptCorsPreflight));
            }
        });
        return builder;
    }
}
