using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CentcomTracker.Tests.Web.Editors;

namespace CentcomTracker.Tests.Web;

/// <summary>
/// A method a page has no handler for is refused with 405 (400 without an antiforgery token), never run into the
/// page's view: checked on every endpoint the app maps, so a page added later is covered without a list.
/// </summary>
public sealed class PageMethodTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private static readonly string[] Methods = ["POST", "PUT", "PATCH", "DELETE"];

    /// <summary>Each endpoint with a method it does not handle, at an address with its parameters filled in (id 1 exists in the seed).</summary>
    private async Task<List<(string Url, string Method, bool IsPage)>> UnhandledAsync()
    {
        var endpoints = await AuthorizationTests.DescribeEndpointsAsync(factory);
        var unhandled = endpoints
            .Where(e => e.Methods is not null && e.Name != "/Error")
            .SelectMany(e => Methods.Where(m => !e.Methods!.Contains(m, StringComparer.OrdinalIgnoreCase))
                .Select(m => (Url: Regex.Replace(e.Route, @"\{[^}]+\}", "1"), Method: m, e.IsPage)))
            .ToList();
        Assert.Contains(unhandled, u => u is { Url: "/", Method: "POST" });
        Assert.Contains(unhandled, u => u is { Url: "/figures/1", Method: "POST" });
        Assert.Contains(unhandled, u => u is { Url: "/figures/release", Method: "PUT" });
        return unhandled;
    }

    [Fact]
    public async Task Every_method_a_page_or_endpoint_does_not_handle_gets_405_even_with_a_valid_token()
    {
        using var editor = await factory.SignInAsync(Browser.NewEditorEmail());
        var token = (await editor.GetDocumentAsync("/figures/release")).MainForm()
            .QuerySelector<IHtmlInputElement>($"input[name={Browser.AntiforgeryField}]")!.Value;
        var before = await factory.CountsAsync();

        var wrong = new List<string>();
        foreach (var (url, method, isPage) in await UnhandledAsync())
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url)
            {
                Content = new FormUrlEncodedContent([new(Browser.AntiforgeryField, token), new("Input.Value", "1")]),
            };
            request.Headers.Add("RequestVerificationToken", token);
            var response = await editor.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.MethodNotAllowed)
            {
                wrong.Add($"{method} {url}: {(int)response.StatusCode}");
            }
            else if (isPage && !response.Content.Headers.Allow.Contains("GET"))
            {
                wrong.Add($"{method} {url}: 405 without Allow");
            }
        }

        Assert.True(wrong.Count == 0, "Not refused with 405:\n" + string.Join("\n", wrong));
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task Without_a_token_an_unhandled_method_is_refused_never_a_server_error()
    {
        using var anonymous = factory.CreateBrowser();
        var wrong = new List<string>();
        foreach (var (url, method, _) in await UnhandledAsync())
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new FormUrlEncodedContent([new("Input.Value", "1")]) };
            var status = (int)(await anonymous.SendAsync(request)).StatusCode;
            // 400: no antiforgery token; 405: no such handler; 302: an editor page sends the visitor to sign in.
            if (status is not (400 or 405 or 302)) wrong.Add($"{method} {url}: {status}");
        }

        Assert.True(wrong.Count == 0, "Unexpected answers:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task A_post_to_the_dashboard_gets_the_405_page_in_the_readers_language()
    {
        using var browser = factory.CreateBrowser();
        var token = (await browser.GetDocumentAsync("/account/login?culture=ar")).MainForm()
            .QuerySelector<IHtmlInputElement>($"input[name={Browser.AntiforgeryField}]")!.Value;

        var response = await browser.PostAsync("/?culture=ar", new FormUrlEncodedContent([new(Browser.AntiforgeryField, token)]));

        var page = await response.ReadDocumentAsync(405);
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Contains("GET", response.Content.Headers.Allow);
    }
}
