using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using CentcomTracker.Tests.Web;

namespace CentcomTracker.Tests.Browser;

/// <summary>
/// The real app on a loopback port (fresh SQLite file, real migrations and seed) and Debian's Chromium driven by
/// Playwright. Playwright's own browser download is never used: CHROMIUM_PATH or /usr/bin/chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public TrackerFactory Factory { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        BaseUrl = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>A page that records every console error and uncaught exception (a CSP violation is a console error).</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string path, bool acceptDownloads = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = acceptDownloads, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        var failed = new List<string>();
        page.Response += (_, r) => { if (r.Status >= 400) failed.Add($"{r.Status} {r.Url}"); };
        var response = await page.GotoAsync(BaseUrl.TrimEnd('/') + path);
        Assert.Equal(200, response!.Status);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(failed.Count == 0 && errors.Count == 0, string.Join("\n", failed.Concat(errors)));
        await page.WaitForFunctionAsync("() => document.querySelectorAll('button[data-png-for]:not([disabled])').length === document.querySelectorAll('canvas[data-chart]').length");
        return (page, errors);
    }

    private Task<string>? editorState;

    /// <summary>
    /// A new browser context signed in as an editor: the account is created once in this host's database and signed
    /// in once through the real /account/login form; each context starts from that sign-in's cookies.
    /// </summary>
    public async Task<IBrowserContext> NewEditorContextAsync()
    {
        var state = await (editorState ??= SignInEditorAsync());
        return await Browser.NewContextAsync(new BrowserNewContextOptions { StorageState = state, ViewportSize = new() { Width = 1280, Height = 900 } });
    }

    public const string EditorEmail = "browser-editor@example.org";

    private async Task<string> SignInEditorAsync()
    {
        await Factory.CreateUserAsync(EditorEmail, CentcomTracker.Web.Web.Roles.Editor);
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl.TrimEnd('/') + "/account/login");
        await page.GetByLabel("Email").FillAsync(EditorEmail);
        await page.GetByLabel("Password").FillAsync(CentcomTracker.Tests.Web.Browser.GoodPassword);
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        Assert.True(await page.Locator("form[action='/account/logout']").CountAsync() == 1, "The editor could not sign in:\n" + await page.ContentAsync());
        return await context.StorageStateAsync();
    }

    /// <summary>
    /// Opens <paramref name="path"/> in <paramref name="context"/> and checks, as <see cref="OpenAsync(string, bool)"/> does, that
    /// it loaded with no failed request, script error or policy violation; the page's charts (if any) are drawn.
    /// </summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(IBrowserContext context, string path, int expectedStatus = 200)
    {
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        var failed = new List<string>();
        page.Response += (_, r) => { if (r.Status >= 400 && r.Request.IsNavigationRequest == false) failed.Add($"{r.Status} {r.Url}"); };
        var response = await page.GotoAsync(BaseUrl.TrimEnd('/') + path);
        Assert.True(response!.Status == expectedStatus, $"{path} returned {response.Status}, expected {expectedStatus}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(failed.Count == 0 && errors.Count == 0, string.Join("\n", failed.Concat(errors)));
        await page.WaitForFunctionAsync("() => document.querySelectorAll('button[data-png-for]:not([disabled])').length === document.querySelectorAll('canvas[data-chart]').length");
        return (page, errors);
    }
}
