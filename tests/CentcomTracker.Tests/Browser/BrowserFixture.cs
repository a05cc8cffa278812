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
/// One per test class: a class whose tests write gets a database of its own.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public BrowserFixture() : this(new TrackerFactory()) { }

    /// <summary>A fixture on a host configured otherwise (see <see cref="ReviewedBrowserFixture"/>).</summary>
    protected BrowserFixture(TrackerFactory factory) => Factory = factory;

    public TrackerFactory Factory { get; }

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        BaseUrl = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(playwright);
    }

    /// <summary>
    /// Headless Debian Chromium. A machine without it fails every browser test with this message rather than
    /// skipping them: a browser test that silently does not run proves nothing.
    /// </summary>
    public static async Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        var path = ChromiumPath;
        var hint = $"The browser tests need Chromium at {path}: run ./scripts/test (it installs Debian's chromium package), "
            + "or `apt-get install chromium`, or set CHROMIUM_PATH to a Chromium executable.";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"No browser could be started: {path} does not exist. {hint}");
        }

        try
        {
            return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
            });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"No browser could be started: {e.Message} {hint}", e);
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>
    /// A fresh browser context (its own cookies: one per user of a test), addressed relative to the app. Motion is
    /// reduced, so charts are drawn in one frame and a test never has to wait out an animation.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(bool acceptDownloads = false, int width = 1280, int height = 900) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            AcceptDownloads = acceptDownloads,
            ViewportSize = new() { Width = width, Height = height },
            ReducedMotion = ReducedMotion.Reduce,
        });

    /// <summary>Opens any page of the app in <paramref name="context"/> and asserts it loaded cleanly (200, no script, policy or resource error).</summary>
    public static async Task<(IPage Page, PageProblems Problems)> OpenPageAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        await GoAsync(page, problems, path);
        return (page, problems);
    }

    /// <summary>
    /// Navigates <paramref name="page"/> to <paramref name="path"/> and asserts a clean load. The load event comes
    /// after every script, style sheet and module has run; waiting for the network to be idle would add half a second.
    /// </summary>
    public static async Task GoAsync(IPage page, PageProblems problems, string path)
    {
        var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
        Assert.True(response?.Status == 200, $"GET {path} returned {response?.Status}");
        problems.AssertNone();
    }

    /// <summary>
    /// Resolves when every chart on the page is drawn (charts.js enables a chart's PNG button once its chart exists);
    /// at once on a page without charts.
    /// </summary>
    public static async Task WaitForChartsAsync(IPage page)
    {
        // A chart is drawn when it comes near the screen: bring each undrawn one into view in turn, then go back to the top.
        try
        {
            await page.WaitForFunctionAsync(@"() => {
                const undrawn = [...document.querySelectorAll('canvas[data-chart]')]
                    .filter(c => document.querySelector(`button[data-png-for=""${c.dataset.chart}""]`)?.disabled);
                if (undrawn.length) undrawn[0].scrollIntoView({ block: 'center' });
                return undrawn.length === 0;
            }");
        }
        catch (TimeoutException e)
        {
            // Say what the page had got to: which charts, whether Chart.js arrived, and every resource with its status.
            string state;
            try
            {
                state = await page.EvaluateAsync<string>(@"() => JSON.stringify({
                    readyState: document.readyState,
                    chartJs: typeof window.Chart,
                    undrawn: [...document.querySelectorAll('canvas[data-chart]')]
                        .filter(c => document.querySelector(`button[data-png-for=""${c.dataset.chart}""]`)?.disabled).map(c => c.dataset.chart),
                    scrollY: window.scrollY,
                    resources: performance.getEntriesByType('resource').map(r => `${r.name} ${r.responseStatus} ${Math.round(r.startTime)}+${Math.round(r.duration)} ms`),
                })");
            }
            catch (PlaywrightException unreadable)
            {
                state = $"(the page could not be read: {unreadable.Message})";
            }

            throw new TimeoutException($"Not every chart was drawn: {state}", e);
        }

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
    }

    /// <summary>The dashboard (or any page with charts) in a new context, once every chart is drawn.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string path, bool acceptDownloads = false)
    {
        var context = await NewContextAsync(acceptDownloads);
        var (page, problems) = await OpenPageAsync(context, path);
        await WaitForChartsAsync(page);
        return (page, problems.All);
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
        await Factory.CreateUserAsync(EditorEmail, CentcomTracker.Web.Accounts.Roles.Editor);
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
        // Every resource loaded and every chart drawn (the page fetches nothing after that), then no error on the way.
        await page.WaitForLoadStateAsync(LoadState.Load);
        await WaitForChartsAsync(page);
        Assert.True(failed.Count == 0 && errors.Count == 0, string.Join("\n", failed.Concat(errors)));
        return (page, errors);
    }
}

/// <summary>What went wrong in a page: console errors (a CSP violation is one), uncaught exceptions, responses of 400 or more.</summary>
public sealed class PageProblems
{
    public List<string> All { get; } = [];

    public static PageProblems Watch(IPage page)
    {
        var problems = new PageProblems();
        page.Console += (_, message) => { if (message.Type == "error") problems.All.Add($"console: {message.Text}"); };
        page.PageError += (_, error) => problems.All.Add($"uncaught: {error}");
        page.Response += (_, response) => { if (response.Status >= 400) problems.All.Add($"{response.Status} {response.Url}"); };
        return problems;
    }

    public void AssertNone() => Assert.True(All.Count == 0, "The page had errors:\n" + string.Join("\n", All));
}
