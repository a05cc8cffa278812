using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace CentcomTracker.Web.Provenance;

/// <summary>
/// On a page shown as of a past moment, every link to another read view (and every GET form) keeps <c>asof</c>, so
/// browsing from a permalink stays in the same moment. Done once on the finished HTML rather than in each view;
/// today's pages are never touched. A link marked <c>data-asof-free</c> (the way back to today) is left alone.
/// </summary>
public static partial class AsOfLinks
{
    public static async Task RewriteAsync(HttpContext context, string label, Func<Task> next)
    {
        // The links are rewritten in the HTML as rendered, so nothing inside may compress it; the moment's pages are
        // rarely asked for, and each is rewritten once per request anyway.
        context.Request.Headers.Remove(HeaderNames.AcceptEncoding);
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            context.Response.Body = original;
        }

        buffer.Position = 0;
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true
            || context.Response.Headers.ContentEncoding.Count > 0)
        {
            await buffer.CopyToAsync(original, context.RequestAborted);
            return;
        }

        var html = Rewrite(Encoding.UTF8.GetString(buffer.ToArray()), label, context.Request.Path);
        var bytes = Encoding.UTF8.GetBytes(html);
        context.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes, context.RequestAborted);
    }

    public static string Rewrite(string html, string label, PathString currentPath)
    {
        var withLinks = Link().Replace(html, m =>
        {
            var url = WebUtility.HtmlDecode(m.Groups["url"].Value);
            return m.Value.Contains("data-asof-free", StringComparison.Ordinal) || !IsLocalRead(url)
                ? m.Value
                : m.Value.Replace(m.Groups["url"].Value, WebUtility.HtmlEncode(AsOfRequests.WithAsOf(url, label)), StringComparison.Ordinal);
        });
        return Form().Replace(withLinks, m =>
        {
            var action = m.Groups["action"].Success ? WebUtility.HtmlDecode(m.Groups["action"].Value) : currentPath.Value ?? "/";
            var isGet = !m.Value.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase);
            return isGet && IsLocalRead(action)
                ? m.Value + $"<input type=\"hidden\" name=\"{AsOfRequests.Parameter}\" value=\"{WebUtility.HtmlEncode(label)}\" />"
                : m.Value;
        });
    }

    private static bool IsLocalRead(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        && AsOfRequests.Applies(new PathString(url.Split('?', '#')[0]));

    [GeneratedRegex("<a\\b[^>]*?\\bhref=\"(?<url>[^\"]*)\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex("<form\\b(?:[^>]*?\\baction=\"(?<action>[^\"]*)\")?[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Form();
}
