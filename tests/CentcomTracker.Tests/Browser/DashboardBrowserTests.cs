using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CentcomTracker.Tests.Browser;

public sealed class DashboardBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Charts = ["attacks", "by-country", "leaders", "levels", "monthly"];

    [Fact]
    public async Task Every_chart_is_drawn_from_its_island_without_a_script_or_policy_error()
    {
        var (page, errors) = await browser.OpenAsync("/");

        foreach (var chart in Charts)
        {
            var drawn = await page.EvaluateAsync<int[]>(
                @"id => {
                    const chart = Chart.getChart(document.getElementById('canvas-' + id));
                    const island = JSON.parse(document.getElementById('chart-' + id).textContent);
                    const values = chart.data.datasets.flatMap(d => d.data.map(v => (v !== null && typeof v === 'object' ? v.y : v)));
                    const expected = island.datasets.flatMap(d => d.data);
                    return [values.length, expected.length, values.every((v, i) => v === expected[i]) ? 1 : 0];
                }", chart);
            Assert.True(drawn[0] > 0, $"{chart} draws nothing");
            Assert.Equal(drawn[1], drawn[0]);
            Assert.Equal(1, drawn[2]);
        }

        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_chart_downloads_as_an_opaque_PNG_with_its_title_drawn_in()
    {
        var (page, errors) = await browser.OpenAsync("/", acceptDownloads: true);
        var onScreen = await page.EvaluateAsync<string>("() => document.getElementById('canvas-attacks').toDataURL('image/png')");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-png-for='attacks']"));
        Assert.Equal("centcomtracker-attacks.png", download.SuggestedFilename);
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);

        var base64 = Convert.ToBase64String(bytes);
        var corner = await page.EvaluateAsync<int[]>(
            @"async b64 => {
                const image = new Image();
                image.src = 'data:image/png;base64,' + b64;
                await image.decode();
                const canvas = document.createElement('canvas');
                canvas.width = image.width;
                canvas.height = image.height;
                const ctx = canvas.getContext('2d');
                ctx.drawImage(image, 0, 0);
                return Array.from(ctx.getImageData(1, 1, 1, 1).data);
            }", base64);
        Assert.Equal([255, 255, 255, 255], corner);

        // The picture differs from the chart on screen (title and source line drawn in), and the screen is put back.
        Assert.NotEqual(onScreen, "data:image/png;base64," + base64);
        Assert.False(await page.EvaluateAsync<bool>("() => Chart.getChart(document.getElementById('canvas-attacks')).options.plugins.title.display"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task In_Arabic_the_charts_run_right_to_left()
    {
        var (page, errors) = await browser.OpenAsync("/?culture=ar");

        var mirrored = await page.EvaluateAsync<bool[]>(
            @"() => {
                const chart = Chart.getChart(document.getElementById('canvas-monthly'));
                const x = chart.scales.x;
                return [chart.options.scales.x.reverse, chart.options.plugins.legend.rtl, chart.options.plugins.tooltip.rtl,
                        x.getPixelForValue(0) > x.getPixelForValue(x.ticks.length - 1)];
            }");
        Assert.All(mirrored, Assert.True);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?culture=ar")]
    public async Task Every_category_label_of_a_bar_chart_fits_its_own_slot(string path)
    {
        var (page, errors) = await browser.OpenAsync(path);

        // Measured with the axis' own font: a label wider than its slot runs into its neighbours'.
        var overflowing = await page.EvaluateAsync<string[]>(@"() => {
            const found = [];
            for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
                const chart = Chart.getChart(canvas);
                if (chart.config.type !== 'bar') continue;
                const x = chart.scales.x;
                const slot = x.width / x.ticks.length;
                chart.ctx.save();
                chart.ctx.font = Chart.helpers.toFont(x.options.ticks.font).string;
                for (const tick of x.ticks) {
                    const lines = Array.isArray(tick.label) ? tick.label : [tick.label];
                    const widest = Math.max(...lines.map(line => chart.ctx.measureText(line).width));
                    if (widest > slot) found.push(`${canvas.dataset.chart}: ${lines.join(' / ')} (${Math.round(widest)} px in ${Math.round(slot)})`);
                }
                chart.ctx.restore();
            }
            return found;
        }");
        Assert.Empty(overflowing);
        Assert.Empty(errors);
    }

    /// <summary>A desktop-sized context for a reader who accepts motion (the fixture's contexts ask for reduced motion).</summary>
    private Task<IBrowserContext> MotionContextAsync() => browser.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = browser.BaseUrl,
        ViewportSize = new() { Width = 1280, Height = 900 },
        ReducedMotion = ReducedMotion.NoPreference,
    });

    [Fact]
    public async Task A_link_to_the_charts_opens_at_them_in_one_jump_and_draws_the_charts_there()
    {
        // A reader who accepts motion (the other tests ask for reduced motion): Bootstrap would glide to the #fragment
        // from the top of the page after loading, and the charts would wait for the glide to end.
        await using var context = await MotionContextAsync();
        await context.AddInitScriptAsync("window.scrolls = []; addEventListener('scroll', () => window.scrolls.push(Math.round(window.scrollY)));");
        var (page, problems) = await BrowserFixture.OpenPageAsync(context, "/#charts-heading");
        await page.WaitForFunctionAsync("() => document.querySelector('button[data-png-for=\"attacks\"]:not([disabled])') !== null");

        var scrolls = await page.EvaluateAsync<int[]>("() => window.scrolls");
        var heading = await page.EvaluateAsync<double>("() => document.getElementById('charts-heading').getBoundingClientRect().top");
        var at = await page.EvaluateAsync<int>("() => Math.round(window.scrollY)");
        Assert.True(at > 900, $"the page is at {at} px, not at the charts");
        Assert.InRange(heading, 0, 100);
        Assert.True(scrolls.Length > 0 && scrolls[0] == at, $"scroll positions on the way: {string.Join(", ", scrolls)}; at {at}");
        problems.AssertNone();
    }

    [Fact]
    public async Task A_chart_shows_its_values_in_its_first_frame_and_only_later_changes_move()
    {
        // A reader who accepts motion: the bars do not grow from nothing (for the reader, a chart is drawn when its
        // numbers can be read), but hiding a series from the key still moves the chart.
        await using var context = await MotionContextAsync();
        // Recorded in the same task as the chart is made, before any animation frame could end an animation.
        await context.AddInitScriptAsync(
            """
            new MutationObserver((records, observer) => {
              const button = records.map(r => r.target).find(t => t.matches?.('button[data-png-for="attacks"]') && !t.disabled);
              if (!button) return;
              observer.disconnect();
              window.animatingWhenDrawn = Chart.animator.running(Chart.getChart(document.getElementById('canvas-attacks')));
            }).observe(document, { subtree: true, attributes: true, attributeFilter: ['disabled'] });
            """);
        var (page, problems) = await BrowserFixture.OpenPageAsync(context, "/#charts-heading");
        await page.WaitForFunctionAsync("() => window.animatingWhenDrawn !== undefined");

        Assert.False(await page.EvaluateAsync<bool>("() => window.animatingWhenDrawn"));
        Assert.True(await page.EvaluateAsync<bool>(
            "() => { const chart = Chart.getChart(document.getElementById('canvas-attacks')); chart.hide(0); return Chart.animator.running(chart); }"));
        problems.AssertNone();

        // A picture taken while the chart is still moving has its title drawn in, as one taken at rest does.
        Assert.Equal(1, await page.EvaluateAsync<int>(PictureWhileMoving));

        // A reader who asks for less motion: nothing moves, then either.
        var (reduced, errors) = await browser.OpenAsync("/");
        Assert.False(await reduced.EvaluateAsync<bool>(
            "() => { const chart = Chart.getChart(document.getElementById('canvas-attacks')); chart.hide(0); return Chart.animator.running(chart); }"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// Whether the attacks chart's PNG, asked for while a series is being hidden from the key (the change still moving),
    /// is drawn afresh with its title rather than copied from the screen as it stood. -1 if nothing was moving.
    /// </summary>
    private const string PictureWhileMoving =
        """
        async () => {
          const canvas = document.getElementById('canvas-attacks');
          const chart = Chart.getChart(canvas);
          let url = null;
          const click = HTMLAnchorElement.prototype.click;
          HTMLAnchorElement.prototype.click = function () { url = this.href; };
          try {
            chart.show(0);
            chart.hide(0);
            if (!Chart.animator.running(chart)) return -1;
            const screen = canvas.toDataURL('image/png');
            document.querySelector('button[data-png-for="attacks"]').click();
            return url !== null && url !== screen ? 1 : 0;
          } finally {
            HTMLAnchorElement.prototype.click = click;
          }
        }
        """;

    [Fact]
    public async Task When_chart_js_fails_to_download_the_charts_are_drawn_on_a_later_try()
    {
        await using var context = await browser.NewContextAsync();
        var requests = 0;
        await context.RouteAsync("**/lib/chart.js/chart.umd.min*.js", async route =>
        {
            if (Interlocked.Increment(ref requests) == 1) await route.AbortAsync();  // the connection drops once
            else await route.ContinueAsync();
        });
        var (page, problems) = await BrowserFixture.OpenPageAsync(context, "/");

        await BrowserFixture.WaitForChartsAsync(page);
        Assert.Equal(2, requests);
        foreach (var chart in Charts)
        {
            Assert.True(await page.EvaluateAsync<bool>("id => Chart.getChart(document.getElementById('canvas-' + id)) !== undefined", chart), $"{chart} is not drawn");
        }

        // The failure is told in the console (the browser's own line and the page's), and nothing else went wrong.
        Assert.Contains(problems.All, problem => problem.Contains("Chart.js could not be loaded", StringComparison.Ordinal));
        Assert.All(problems.All, problem => Assert.Matches("Chart.js could not be loaded|ERR_FAILED", problem));
    }

    [Fact]
    public async Task Printing_after_a_failed_download_of_chart_js_still_draws_every_chart_first()
    {
        await using var context = await browser.NewContextAsync();
        var online = 0;
        await context.RouteAsync("**/lib/chart.js/chart.umd.min*.js", async route =>
        {
            if (Volatile.Read(ref online) == 1) await route.ContinueAsync(); else await route.AbortAsync();
        });
        // Printing is recorded, not done: the charts still undrawn when the page asks the browser to print.
        await context.AddInitScriptAsync(
            "window.print = () => { window.undrawnAtPrint = [...document.querySelectorAll('button[data-png-for]:disabled')].map(b => b.dataset.pngFor); };");
        var (page, _) = await BrowserFixture.OpenPageAsync(context, "/");

        // The first charts come into view while the connection is down, and fail.
        var failure = page.WaitForConsoleMessageAsync(new() { Predicate = message => message.Text.Contains("Chart.js could not be loaded", StringComparison.Ordinal) });
        await page.Locator("#canvas-attacks").ScrollIntoViewIfNeededAsync();
        await failure;

        // Back online, the reader presses Ctrl+P before the page has tried again by itself.
        Interlocked.Exchange(ref online, 1);
        await page.Keyboard.PressAsync("Control+P");
        await page.WaitForFunctionAsync("() => window.undrawnAtPrint !== undefined");
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.undrawnAtPrint"));
    }

    [Fact]
    public async Task A_download_of_chart_js_that_hangs_holds_up_printing_for_seconds_and_the_charts_until_it_is_asked_again()
    {
        await using var context = await browser.NewContextAsync();
        var downloads = await StallChartJsAsync(context, answer: index => index > 1);
        await context.AddInitScriptAsync(
            "window.print = () => { window.undrawnAtPrint = [...document.querySelectorAll('button[data-png-for]:disabled')].map(b => b.dataset.pngFor); };");
        var (page, problems) = await OpenAtTheChartsAsync(context, downloads);

        // Ctrl+P waits for the charts five seconds at most, then prints: the tables carry every number.
        await page.Keyboard.PressAsync("Control+P");
        await page.Clock.FastForwardAsync(5_000);
        await page.WaitForFunctionAsync("() => window.undrawnAtPrint !== undefined");
        Assert.Contains("attacks", await page.EvaluateAsync<string[]>("() => window.undrawnAtPrint"));

        // Thirty seconds after it was asked for, the download counts as failed, and the next round asks again, at an
        // address of its own: the same address would wait on the stalled download.
        await GiveUpOnTheDownloadAsync(page, after: 25_000);
        await BrowserFixture.WaitForChartsAsync(page);
        Assert.Equal(2, downloads.Count);
        Assert.Contains("stalled=1", downloads[1].Url, StringComparison.Ordinal);
        Assert.All(problems.All, problem => Assert.Contains("Chart.js has not arrived after 30 s", problem, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_download_of_chart_js_that_stalled_and_arrives_later_draws_the_charts_waiting_for_the_next()
    {
        await using var context = await browser.NewContextAsync();
        var downloads = await StallChartJsAsync(context, answer: _ => false);
        var (page, _) = await OpenAtTheChartsAsync(context, downloads);
        await GiveUpOnTheDownloadAsync(page, after: 30_000);
        await downloads.Asked(2).WaitAsync(TimeSpan.FromSeconds(30));

        // The first download arrives at last, while the second is still on its way: the charts need not wait for it.
        await downloads.ContinueAsync(0);
        await BrowserFixture.WaitForChartsAsync(page);
        Assert.Equal(2, downloads.Count);

        // When the second arrives too, its copy of Chart.js does not replace the one that drew the charts, whose
        // plugins read window.Chart and its defaults (the page's typeface, not Chart.js's Helvetica).
        var pageFont = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily");
        Assert.Equal(pageFont, await page.EvaluateAsync<string>("() => Chart.defaults.font.family"));
        await downloads.ContinueAsync(1);
        await page.WaitForFunctionAsync("() => window.chartJsLoads === 2");
        Assert.True(await page.EvaluateAsync<bool>("() => Chart.getChart(document.getElementById('canvas-attacks')) !== undefined"));
        Assert.Equal(pageFont, await page.EvaluateAsync<string>("() => Chart.defaults.font.family"));
    }

    [Fact]
    public async Task A_download_of_chart_js_that_stalled_and_arrives_between_rounds_draws_the_waiting_charts_at_once()
    {
        await using var context = await browser.NewContextAsync();
        var downloads = await StallChartJsAsync(context, answer: _ => false);
        var (page, _) = await OpenAtTheChartsAsync(context, downloads);

        // The page's clock is stopped, then run to the failure: the next round, due a second later, never comes.
        await StopTheClockAsync(page);
        var given = page.WaitForConsoleMessageAsync(new() { Predicate = message => message.Text.Contains("Chart.js has not arrived after 30 s", StringComparison.Ordinal) });
        await page.Clock.FastForwardAsync(30_000);
        await given;

        // The download arrives between rounds, and the chart in view is drawn without waiting for the next.
        await downloads.ContinueAsync(0);
        await page.WaitForFunctionAsync("() => window.chartJsLoads === 1", null, new() { PollingInterval = 50 });
        await page.Clock.RunForAsync(200);  // the page's own zero-delay steps between charts; still well before the next round
        await page.WaitForFunctionAsync("() => !document.querySelector('button[data-png-for=attacks]').disabled", null, new() { PollingInterval = 50 });
        Assert.Equal(1, downloads.Count);
    }

    [Fact]
    public async Task At_most_two_downloads_of_chart_js_are_left_hanging_so_the_site_keeps_its_connections()
    {
        await using var context = await browser.NewContextAsync();
        var downloads = await StallChartJsAsync(context, answer: _ => false);
        var (page, _) = await OpenAtTheChartsAsync(context, downloads);

        // Five minutes of the page's time: each round stalls after 30 s, the next comes 1 s, 2 s, 4 s… later.
        for (var step = 0; step < 30; step++)
        {
            await page.Clock.FastForwardAsync(10_000);
            await page.EvaluateAsync("() => 0");  // the page runs what came due
        }

        Assert.Equal(2, downloads.Count);
        await downloads.ContinueAsync(0);
        await BrowserFixture.WaitForChartsAsync(page);
    }

    [Fact]
    public async Task An_image_that_never_arrives_keeps_the_charts_away_thirty_seconds_at_most()
    {
        await using var context = await browser.NewContextAsync();
        await context.Clock.InstallAsync();
        await context.RouteAsync("**/never-arrives.png", _ => Task.CompletedTask);  // never answered: no load event
        await context.AddInitScriptAsync(
            "document.addEventListener('DOMContentLoaded', () => { const image = new Image(); image.alt = ''; image.src = '/never-arrives.png'; document.body.append(image); });");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Locator("#canvas-attacks").ScrollIntoViewIfNeededAsync();

        await page.Clock.FastForwardAsync(30_000);
        await BrowserFixture.WaitForChartsAsync(page);
        Assert.Equal("interactive", await page.EvaluateAsync<string>("() => document.readyState"));
    }

    [Fact]
    public async Task Ctrl_P_prints_after_one_round_of_downloading_and_only_the_plain_shortcut_is_taken()
    {
        await using var context = await browser.NewContextAsync();
        await context.Clock.InstallAsync();
        var requests = 0;
        await context.RouteAsync("**/lib/chart.js/chart.umd.min*.js*", async route =>
        {
            if (Interlocked.Increment(ref requests) <= 2) await route.AbortAsync();  // offline; later requests hang
        });
        await context.AddInitScriptAsync("""
            window.addEventListener('keydown', (event) => { window.shortcutTaken = event.defaultPrevented; });
            window.print = () => { window.dispatchEvent(new Event('beforeprint')); window.printed = true; };
            """);
        var (page, problems) = await BrowserFixture.OpenPageAsync(context, "/");

        // The page's clock is stopped: the charts in view fail, and the round after, due a second later, never comes.
        await StopTheClockAsync(page);
        var failed = page.WaitForConsoleMessageAsync(new() { Predicate = message => message.Text.Contains("Chart.js could not be loaded", StringComparison.Ordinal) });
        await page.Locator("#canvas-attacks").ScrollIntoViewIfNeededAsync();
        await failed;
        await page.Clock.RunForAsync(100);  // the page's own zero-delay steps between charts

        // Ctrl+Shift+P is not the print shortcut: the page leaves it alone.
        await page.Keyboard.PressAsync("Control+Shift+P");
        Assert.False(await page.EvaluateAsync<bool>("() => window.shortcutTaken"));

        // Ctrl+P tries Chart.js once more, for every chart, then prints.
        failed = page.WaitForConsoleMessageAsync(new() { Predicate = message => message.Text.Contains("Chart.js could not be loaded", StringComparison.Ordinal) });
        await page.Keyboard.PressAsync("Control+P");
        Assert.True(await page.EvaluateAsync<bool>("() => window.shortcutTaken"));
        await failed;
        await page.Clock.RunForAsync(100);  // the page's own steps between charts, well before any retry
        Assert.True(await page.EvaluateAsync<bool>("() => window.printed === true"));

        // The print event that followed did not start another round at once: no download is on its way.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('script[src*=\"chart.umd\"]').length"));
        Assert.Equal(2, Volatile.Read(ref requests));
        Assert.All(problems.All, problem => Assert.Matches("Chart.js could not be loaded|ERR_FAILED", problem));
    }

    [Fact]
    public async Task On_a_mac_command_P_draws_the_charts_before_printing_and_control_P_is_left_alone()
    {
        await using var context = await browser.NewContextAsync();
        var downloads = await StallChartJsAsync(context, answer: _ => false);
        await context.AddInitScriptAsync("""
            Object.defineProperty(navigator, 'userAgentData', { get: () => ({ platform: 'macOS' }) });
            window.addEventListener('keydown', (event) => { window.shortcutTaken = event.defaultPrevented; });
            window.print = () => { window.printed = true; };
            """);
        var (page, _) = await OpenAtTheChartsAsync(context, downloads);

        await page.Keyboard.PressAsync("Control+P");  // on a Mac, Ctrl+P moves the cursor in a text field
        Assert.False(await page.EvaluateAsync<bool>("() => window.shortcutTaken"));
        await page.Keyboard.PressAsync("Meta+P");
        Assert.True(await page.EvaluateAsync<bool>("() => window.shortcutTaken"));
    }

    /// <summary>
    /// Holds every download of Chart.js that <paramref name="answer"/> (given its number, from 1) does not let through,
    /// with the page's timers run ahead by the test (time still flows meanwhile).
    /// </summary>
    private static async Task<HeldDownloads> StallChartJsAsync(IBrowserContext context, Func<int, bool> answer)
    {
        await context.Clock.InstallAsync();
        await context.AddInitScriptAsync(
            "document.addEventListener('load', (event) => { if (event.target.src?.includes('chart.umd')) window.chartJsLoads = (window.chartJsLoads ?? 0) + 1; }, true);");
        var downloads = new HeldDownloads();
        await context.RouteAsync("**/lib/chart.js/chart.umd.min*.js*", async route =>
        {
            if (answer(downloads.Add(route))) await route.ContinueAsync();
        });
        return downloads;
    }

    private static async Task<(IPage Page, PageProblems Problems)> OpenAtTheChartsAsync(IBrowserContext context, HeldDownloads downloads)
    {
        var (page, problems) = await BrowserFixture.OpenPageAsync(context, "/");
        await page.Locator("#canvas-attacks").ScrollIntoViewIfNeededAsync();
        await downloads.Asked(1).WaitAsync(TimeSpan.FromSeconds(30));
        return (page, problems);
    }

    /// <summary>
    /// Stops the page's clock, after which its timers fire only when the test runs the clock. It stops a second ahead
    /// of the page's time when asked: pausing at a moment that has passed is refused, and time flows until then. No
    /// test stops it while anything the page has set is due within that second.
    /// </summary>
    private static async Task StopTheClockAsync(IPage page)
    {
        var now = await page.EvaluateAsync<long>("() => Date.now()");
        await page.Clock.PauseAtAsync(DateTimeOffset.FromUnixTimeMilliseconds(now + 1_000).UtcDateTime);
    }

    /// <summary>Runs the page's clock to the 30 s at which a download counts as stalled, then to the next round.</summary>
    private static async Task GiveUpOnTheDownloadAsync(IPage page, int after)
    {
        var given = page.WaitForConsoleMessageAsync(new() { Predicate = message => message.Text.Contains("Chart.js has not arrived after 30 s", StringComparison.Ordinal) });
        await page.Clock.FastForwardAsync(after);
        await given;
        await page.Clock.FastForwardAsync(1_000);
    }

    /// <summary>The requests for Chart.js, in order, each held until answered.</summary>
    private sealed class HeldDownloads
    {
        private readonly List<IRoute> routes = [];
        private readonly List<TaskCompletionSource> asked = [];

        public int Count { get { lock (routes) return routes.Count; } }

        public IRequest this[int index] { get { lock (routes) return routes[index].Request; } }

        public int Add(IRoute route)
        {
            lock (routes)
            {
                routes.Add(route);
                AskedSource(routes.Count).TrySetResult();
                return routes.Count;
            }
        }

        public Task ContinueAsync(int index) { lock (routes) return routes[index].ContinueAsync(); }

        /// <summary>Completes when the <paramref name="number"/>th request (from 1) has been made.</summary>
        public Task Asked(int number) => AskedSource(number).Task;

        private TaskCompletionSource AskedSource(int number)
        {
            lock (asked)
            {
                while (asked.Count < number) asked.Add(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                return asked[number - 1];
            }
        }
    }

    // The default view in both languages is scanned with every other page in AccessibilityScans.
    [Theory]
    [InlineData("/?a=garbage&theatre=SY")]
    public async Task The_dashboard_passes_an_accessibility_scan(string path)
    {
        var (page, _) = await browser.OpenAsync(path);

        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
