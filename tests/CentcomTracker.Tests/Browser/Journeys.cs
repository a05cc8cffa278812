using System.Buffers.Binary;
using System.Text.Json;
using CentcomTracker.Web.Accounts;
using Microsoft.Playwright;
using CentcomTracker.Tests.Web;
using Http = CentcomTracker.Tests.Web.Browser;

namespace CentcomTracker.Tests.Browser;

/// <summary>What the journeys do as a user would, in the browser: sign in, walk the tab order, read pictures.</summary>
public static class Journeys
{
    /// <summary>
    /// Creates an account (an editor unless <paramref name="roles"/> say otherwise) and signs in through the real
    /// sign-in page; returns the page, on the dashboard, and what goes wrong in it from now on.
    /// </summary>
    public static async Task<(IPage Page, PageProblems Problems)> SignInAsync(this BrowserFixture app, IBrowserContext context, string email, params string[] roles)
    {
        await app.Factory.CreateUserAsync(email, roles.Length == 0 ? [Roles.Editor] : roles);
        var (page, problems) = await BrowserFixture.OpenPageAsync(context, "/account/login");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Http.GoodPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync(email);
        problems.AssertNone();
        return (page, problems);
    }

    /// <summary>On /figures/release: describes a new primary English source and pastes its text into the form (not yet read).</summary>
    public static async Task DescribeAndPasteAsync(this IPage page, string publisher, string title, string published, string text)
    {
        await page.GetByLabel("A new source").CheckAsync();
        var source = page.Locator("#new-source");
        await source.GetByLabel("Publisher").FillAsync(publisher);
        await source.GetByLabel("Title").FillAsync(title);
        await source.GetByLabel("Published").FillAsync(published);
        await source.GetByLabel("Language").FillAsync("en");
        await source.GetByLabel("Tier").SelectOptionAsync("primary");
        await page.GetByLabel("The release's text, in English or Arabic").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Fill the grid from the text" }).ClickAsync();
    }

    /// <summary>Ticks "confirmed" on every filled cell the release form shows.</summary>
    public static async Task ConfirmEveryCellAsync(this IPage page)
    {
        var boxes = page.Locator("fieldset.release-cell input[type=checkbox][name$='.Confirmed']");
        for (var i = 0; i < await boxes.CountAsync(); i++)
        {
            if (await boxes.Nth(i).IsVisibleAsync()) await boxes.Nth(i).CheckAsync();
        }
    }

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>Evaluates <paramref name="script"/> and reads its JSON result into a C# record (Playwright's own reader needs setters).</summary>
    public static async Task<T> EvaluateJsonAsync<T>(this IPage page, string script, object? arg = null)
    {
        var result = await page.EvaluateAsync<JsonElement>(script, arg);
        return result.Deserialize<T>(Web) ?? throw new Xunit.Sdk.XunitException($"{script} returned null");
    }

    // ---- Keyboard ----

    /// <summary>One stop of the tab order: which control, and how its focus is drawn.</summary>
    public sealed record TabStop(int Index, string Element, bool IsBody, string Outline, string BoxShadow, bool HasRing, bool OnScreen);

    /// <summary>
    /// The controls a keyboard user must be able to reach, in document order, as the page shows them now: every
    /// visible, enabled link, button, field and summary (even one taken out of the tab order with tabindex="-1": that
    /// is the fault to find), and anything else put into the tab order with tabindex="0".
    /// </summary>
    private const string CollectControls = """
        () => {
          const native = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, details > summary:first-of-type, iframe, [contenteditable=""], [contenteditable="true"]';
          const controls = [...document.querySelectorAll(native + ', [tabindex]')].filter(el => {
            if (!el.matches(native) && el.tabIndex < 0) return false;
            if (el.matches(':disabled')) return false;
            return el.checkVisibility({ visibilityProperty: true });
          }).filter(el => {
            // Tab stops once in a group of radio buttons: at the checked one, or the first when none is.
            if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
            const group = [...(el.form ?? document).querySelectorAll(`input[type=radio][name="${CSS.escape(el.name)}"]`)];
            return el === (group.find(r => r.checked) ?? group[0]);
          });
          window.__keyboardControls = controls;
          return controls.map(el => window.__describe(el));
        }
        """;

    private const string Describe = """
        () => {
          window.__describe = el => {
            if (!el || el === document.body) return 'body';
            const text = (el.getAttribute('aria-label') || el.textContent || el.value || '').replace(/\s+/g, ' ').trim().slice(0, 50);
            return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.name ? '[name=' + el.name + ']' : ''}${el.getAttribute('href') ? '[href=' + el.getAttribute('href').slice(0, 60) + ']' : ''} "${text}"`;
          };
        }
        """;

    private const string CurrentStop = """
        () => {
          const el = document.activeElement;
          const isBody = !el || el === document.body || el === document.documentElement;
          if (isBody) return { index: -1, element: 'body', isBody: true, outline: '', boxShadow: '', hasRing: false, onScreen: false };
          const style = getComputedStyle(el);
          const transparent = c => c === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(c);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
          const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
          const r = el.getBoundingClientRect();
          return {
            index: (window.__keyboardControls ?? []).indexOf(el),
            element: window.__describe(el),
            isBody: false,
            outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
            boxShadow: style.boxShadow,
            hasRing: outline || shadow,
            onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
          };
        }
        """;

    /// <summary>The visible, enabled controls of the page in document order (what Tab must reach).</summary>
    public static async Task<IReadOnlyList<string>> KeyboardControlsAsync(this IPage page)
    {
        await page.EvaluateAsync(Describe);
        return await page.EvaluateAsync<string[]>(CollectControls);
    }

    /// <summary>Where the keyboard focus is now.</summary>
    public static async Task<TabStop> FocusedAsync(this IPage page)
    {
        await page.EvaluateAsync(Describe);
        return await page.EvaluateJsonAsync<TabStop>(CurrentStop);
    }

    /// <summary>
    /// Presses Tab from the top of a freshly loaded page until the focus comes back round to the first stop, and
    /// returns every stop on the way (the page's own controls; the trip through the browser's own interface,
    /// where focus sits on body, is left out). Gives up when Tab stops moving the focus, or after enough presses to
    /// have visited every control twice: a trap shows as a walk that never comes back.
    /// </summary>
    public static async Task<(IReadOnlyList<string> Controls, IReadOnlyList<TabStop> Stops, bool CameBack)> WalkTabOrderAsync(this IPage page)
    {
        var controls = await page.KeyboardControlsAsync();
        var stops = new List<TabStop>();
        var bodies = 0;
        for (var press = 0; press < 2 * controls.Count + 5; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var stop = await page.EvaluateJsonAsync<TabStop>(CurrentStop);
            if (stop.IsBody)
            {
                if (++bodies > 3) break;
                continue;
            }

            if (stops.Count > 0 && stop.Index == stops[0].Index && stop.Element == stops[0].Element)
            {
                return (controls, stops, true);
            }

            stops.Add(stop);
            if (stops.Count > 2 && stops.TakeLast(3).All(s => s.Index == stop.Index && s.Element == stop.Element))
            {
                break; // Tab no longer moves the focus.
            }
        }

        return (controls, stops, false);
    }

    /// <summary>
    /// Asserts a full tab walk: the skip link first, then every visible control once, in document order, each with a
    /// focus ring drawn on screen, and back round to the start (no trap).
    /// </summary>
    public static void AssertCompleteTabOrder(IReadOnlyList<string> controls, IReadOnlyList<TabStop> stops, bool cameBack)
    {
        string Walk() => string.Join("\n", stops.Select(s => $"  {s.Index,4} {s.Element}"));
        Assert.True(cameBack, $"Tab never came back to the first control after {stops.Count} stops; the last ones (a keyboard trap?):\n"
            + string.Join("\n", stops.TakeLast(5).Select(s => $"  {s.Index,4} {s.Element}")));
        Assert.True(stops.Count > 0 && stops[0].Element.Contains("[href=#main]"), $"The first Tab stop is not the skip link:\n{Walk()}");

        var strangers = stops.Where(s => s.Index < 0).ToList();
        Assert.True(strangers.Count == 0, "Tab stopped on something that is not a visible control: " + string.Join(", ", strangers.Select(s => s.Element)));

        var outOfOrder = stops.Zip(stops.Skip(1)).Where(p => p.Second.Index <= p.First.Index).ToList();
        Assert.True(outOfOrder.Count == 0, "Tab order differs from the reading order: "
            + string.Join("; ", outOfOrder.Select(p => $"{p.First.Element} → {p.Second.Element}")) + $"\n{Walk()}");

        var reached = stops.Select(s => s.Index).ToHashSet();
        var missed = controls.Where((_, i) => !reached.Contains(i)).ToList();
        Assert.True(missed.Count == 0, $"{missed.Count} of {controls.Count} controls cannot be reached with Tab:\n  " + string.Join("\n  ", missed));

        var noRing = stops.Where(s => !s.HasRing).ToList();
        Assert.True(noRing.Count == 0, "No visible focus ring on: " + string.Join("\n  ", noRing.Select(s => $"{s.Element} (outline {s.Outline}; box-shadow {s.BoxShadow})")));
        var offScreen = stops.Where(s => !s.OnScreen).ToList();
        Assert.True(offScreen.Count == 0, "Focused but not on screen: " + string.Join(", ", offScreen.Select(s => s.Element)));
    }

    /// <summary>Presses Tab (or Shift+Tab) until the focused element matches <paramref name="selector"/>, as a keyboard user gets somewhere.</summary>
    public static async Task TabToAsync(this IPage page, string selector, int maxPresses = 400, bool backwards = false)
    {
        for (var press = 0; press < maxPresses; press++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }

        Assert.Fail($"{maxPresses} presses of Tab never reached {selector}");
    }

    // ---- Pictures ----

    public static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height from a PNG's header chunk (IHDR, always first), after checking the signature.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.Length > 33 && png.AsSpan(0, 8).SequenceEqual(PngSignature), "Not a PNG file (no PNG signature)");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    /// <summary>How a picture looks once the browser has decoded it.</summary>
    public sealed record Picture(int Width, int Height, int Pixels, int Transparent, int Inked, int[] Corner);

    /// <summary>Decodes an image in the page (as an &lt;img&gt; would show it) and counts its transparent and inked (not white) pixels.</summary>
    public static Task<Picture> DecodeInPageAsync(this IPage page, byte[] image, string type = "image/png") =>
        page.EvaluateJsonAsync<Picture>($$"""
            async ([b64, type]) => {
              const image = new Image();
              image.src = `data:${type};base64,${b64}`;
              await image.decode();
              const canvas = document.createElement('canvas');
              canvas.width = image.naturalWidth;
              canvas.height = image.naturalHeight;
              canvas.getContext('2d').drawImage(image, 0, 0);
              return ({{InkOf}})(canvas);
            }
            """, new object[] { Convert.ToBase64String(image), type });

    /// <summary>Pixel counts of a canvas on the page, by id.</summary>
    public static Task<Picture> CanvasInkAsync(this IPage page, string canvasId) =>
        page.EvaluateJsonAsync<Picture>($"id => ({InkOf})(document.getElementById(id))", canvasId);

    private const string InkOf = """
        canvas => {
          const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          let transparent = 0, inked = 0;
          for (let i = 0; i < data.length; i += 4) {
            if (data[i + 3] < 255) transparent++;
            if (data[i + 3] > 0 && (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235)) inked++;
          }
          return { width: canvas.width, height: canvas.height, pixels: canvas.width * canvas.height, transparent, inked,
                   corner: Array.from(data.slice(0, 4)) };
        }
        """;
}
