using System.Text.RegularExpressions;
using CentcomTracker.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web.Editors;

/// <summary>
/// Nobody but an editor can change anything, and a page added later cannot slip through: the rules are checked on
/// every endpoint the app actually maps, not on a list someone has to keep up to date.
/// </summary>
public sealed class AuthorizationTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    /// <summary>Endpoints that take a POST without an editor, and why.</summary>
    private static readonly Dictionary<string, string> OpenWrites = new()
    {
        ["/Account/Login"] = "signing in is how one becomes an editor",
        ["/Account/Logout"] = "signing out needs no role",
        ["/Error"] = "re-executes the error page for a failed POST; writes nothing",
        ["/health"] = "health probe: maps every method, reads only",
        ["/api/extract"] = "reads the posted text and answers candidate figures; stores nothing, needs no cookie, rate- and size-limited",
        ["/health/ready"] = "readiness probe: maps every method, reads only",
        ["/api/{**path}"] = "the API's answer for a route it does not have, or a method a route does not take: maps every method, reads nothing",
    };

    private static readonly string[] WriteMethods = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    /// <summary>An endpoint as mapped; <paramref name="Methods"/> are those it handles (null: every method).</summary>
    public sealed record Described(string Name, string Route, bool AcceptsWrites, bool RequiresEditor, bool InEditorFolder,
        IReadOnlyList<string>? Methods = null, bool IsPage = false);

    private Task<IReadOnlyList<Described>> DescribeEndpointsAsync() => DescribeEndpointsAsync(factory);

    /// <summary>Every endpoint the app maps, static files left out.</summary>
    internal static async Task<IReadOnlyList<Described>> DescribeEndpointsAsync(TrackerFactory factory)
    {
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var described = new List<Described>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var metadata = endpoint.Metadata;
            if (metadata.GetMetadata<StaticAssetDescriptor>() is not null) continue;
            var requiresEditor = metadata.GetMetadata<IAllowAnonymous>() is null
                && metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Policies.Editor);
            var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            if (metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, metadata);
                // A handler without a method (OnAsync) answers every method, writes included.
                var writes = compiled.HandlerMethods.Any(h => h.HttpMethod is null || !h.HttpMethod.Equals("Get", StringComparison.OrdinalIgnoreCase));
                var inEditorFolder = TrackerAccounts.EditorFolders.Any(f => page.ViewEnginePath.StartsWith(f + "/", StringComparison.Ordinal));
                var handled = compiled.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Append("GET").Append("HEAD").Distinct().ToList();
                described.Add(new(page.ViewEnginePath, route, writes, requiresEditor, inEditorFolder, handled, IsPage: true));
            }
            else
            {
                var methods = metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
                var writes = methods is null || methods.Any(m => WriteMethods.Contains(m, StringComparer.OrdinalIgnoreCase));
                described.Add(new(route, route, writes, requiresEditor, false, methods?.ToList()));
            }
        }

        return described;
    }

    [Fact]
    public async Task Every_write_endpoint_and_every_editor_page_requires_the_Editor_policy()
    {
        var endpoints = await DescribeEndpointsAsync();
        Assert.Contains(endpoints, e => e.Name == "/Figures/Release");

        var unprotectedWrites = endpoints.Where(e => e.AcceptsWrites && !e.RequiresEditor && !OpenWrites.ContainsKey(e.Name)).ToList();
        Assert.True(unprotectedWrites.Count == 0,
            "Endpoints that accept writes without the Editor policy: " + string.Join(", ", unprotectedWrites.Select(e => $"{e.Name} ({e.Route})")));

        var unprotectedPages = endpoints.Where(e => e.InEditorFolder && !e.RequiresEditor && !TrackerAccounts.PublicPagesInEditorFolders.Contains(e.Name)).ToList();
        Assert.True(unprotectedPages.Count == 0,
            "Editor pages without the Editor policy: " + string.Join(", ", unprotectedPages.Select(e => e.Name)));

        // The public pages in editor folders only read.
        Assert.DoesNotContain(endpoints, e => TrackerAccounts.PublicPagesInEditorFolders.Contains(e.Name) && e.AcceptsWrites);
    }

    private static readonly string[] EditorUrls =
        ["/figures/release", "/figures/import", "/figures/1/edit", "/figures/1/delete", "/sources/new", "/sources/1/edit", "/audit", "/review",
         "/annotations/new", "/annotations/1/edit", "/annotations/1/delete"];

    public static TheoryData<string> EditorPages() => new(EditorUrls);

    [Fact]
    public async Task The_list_of_editor_pages_below_is_every_protected_page_the_app_maps()
    {
        var protectedRoutes = (await DescribeEndpointsAsync()).Where(e => e.RequiresEditor)
            .Select(e => Regex.Replace(e.Route, @"\{[^}]+\}", "1"))
            .Order().ToList();
        Assert.Equal(EditorUrls.Order(), protectedRoutes);
    }

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_editor_page(string url)
    {
        using var client = factory.CreateBrowser();
        var before = await factory.CountsAsync();

        var get = (await client.GetAsync(url)).AssertRedirect("/account/login");
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(url), get, StringComparison.OrdinalIgnoreCase);
        (await client.PostAsync(url, new FormUrlEncodedContent([new("Input.Value", "1")]))).AssertRedirect("/account/login");

        Assert.Equal(before, await factory.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task Signed_in_analysts_are_refused_every_editor_page(string url)
    {
        using var client = await factory.SignInAsAnalystAsync($"analyst-{Guid.NewGuid():N}@example.org");
        var before = await factory.CountsAsync();

        var denied = await client.GetAsync(url);
        var location = denied.AssertRedirect("/account/denied");
        var page = await client.GetDocumentAsync(location, 403);
        Assert.Contains("Editor role", page.QuerySelector("main")!.Text());
        (await client.PostAsync(url, new FormUrlEncodedContent([new("Input.Value", "1")]))).AssertRedirect("/account/denied");

        Assert.Equal(before, await factory.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task Editors_reach_every_editor_page(string url)
    {
        using var client = await factory.SignInAsync($"editor-{Guid.NewGuid():N}@example.org");
        if (url.StartsWith("/annotations/1", StringComparison.Ordinal)) await EnsureAnnotationOneAsync();
        var page = await client.GetDocumentAsync(url);

        // The Content-Security-Policy forbids inline styles and scripts: the pages must not need them.
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    // The seed has figures and sources but no annotation: the edit and delete pages need one to show.
    private Task EnsureAnnotationOneAsync() => factory.QueryAsync(async db =>
    {
        if (await db.Annotations.AnyAsync(a => a.Id == 1)) return 0;
        db.Annotations.Add(new CentcomTracker.Web.Data.Annotation
        {
            Id = 1, Date = new DateOnly(2023, 6, 15), Text = "Test event", Quote = "A test sentence.", SourceId = await db.Sources.MinAsync(s => s.Id),
        });
        return await db.SaveChangesAsync();
    });

    [Theory]
    [InlineData("/figures")]
    [InlineData("/figures/1")]
    [InlineData("/figures?metric=operations&theatre=IQ&period=2024&sort=value&dir=asc")]
    public async Task Analysts_read_the_figures_and_their_history_without_an_account(string url)
    {
        using var client = factory.CreateBrowser();
        var page = await client.GetDocumentAsync(url);
        Assert.Null(page.QuerySelector("a[href$='/edit']"));
    }

    [Fact]
    public async Task The_navigation_offers_editing_only_to_editors()
    {
        using var anonymous = factory.CreateBrowser();
        var page = await anonymous.GetDocumentAsync("/");
        Assert.Null(page.QuerySelector("nav a[href='/figures/release']"));

        using var editor = await factory.SignInAsync($"editor-{Guid.NewGuid():N}@example.org");
        page = await editor.GetDocumentAsync("/");
        Assert.NotNull(page.QuerySelector("nav a[href='/figures/release']"));
        Assert.True(await factory.QueryAsync(db => db.Figures.AnyAsync()));
    }
}
