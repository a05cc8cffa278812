using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CentcomTracker.Tests.Web;

/// <summary>Reads responses as a browser would, and puts the body into failure messages.</summary>
public static class Html
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url, int expectedStatus = 200)
    {
        var response = await client.GetAsync(url);
        return await response.ReadDocumentAsync(expectedStatus);
    }

    public static async Task<IHtmlDocument> ReadDocumentAsync(this HttpResponseMessage response, int expectedStatus = 200)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus,
            $"{response.RequestMessage?.RequestUri} returned {(int)response.StatusCode}, expected {expectedStatus}:\n{Excerpt(body)}");
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(request => request.Content(body).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
    }

    public static string Excerpt(string body) => body.Length > 4000 ? body[..4000] + "…" : body;

    public static string Text(this IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
