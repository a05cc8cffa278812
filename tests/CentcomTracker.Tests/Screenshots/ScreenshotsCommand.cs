using Microsoft.Playwright;
using CentcomTracker.Tests.Browser;

namespace CentcomTracker.Tests.Screenshots;

/// <summary>
/// The README's pictures of the dashboard, taken rather than drawn: <c>./scripts/screenshots</c> runs this with
/// <c>dotnet run --project tests/CentcomTracker.Tests -- screenshots FOLDER</c>. It starts the app with its seed data
/// on a fresh temporary database (the browser tests' host) and photographs the dashboard in English and Arabic
/// with headless Chromium. The test runner never calls it, so the suite stays fast and never rewrites the pictures.
/// </summary>
public static class ScreenshotsCommand
{
    /// <summary>Wide enough for the desktop layout, tall enough for the headline cards and the first chart.</summary>
    private const int Width = 1280;
    private const int Height = 1700;

    private static readonly (string File, string Path)[] Pictures =
    [
        ("dashboard-en.png", "/"),
        ("dashboard-ar.png", "/?culture=ar"),
    ];

    public static async Task<int> Main(string[] args)
    {
        if (args is not ["screenshots", ..] || args.Length > 2)
        {
            await Console.Error.WriteLineAsync("usage: dotnet run --project tests/CentcomTracker.Tests -- screenshots [FOLDER]   (default: docs/screenshots)");
            return 2;
        }

        var folder = Path.GetFullPath(args.Length == 2 ? args[1] : Path.Combine("docs", "screenshots"));
        Directory.CreateDirectory(folder);

        // WebApplicationFactory finds the web project through MvcTestingAppManifest.json in the current directory, as
        // under the test runner, which starts in the output folder.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var app = new BrowserFixture();
        try
        {
            await app.InitializeAsync();
            foreach (var (file, path) in Pictures)
            {
                await using var context = await app.NewContextAsync(width: Width, height: Height);
                var (page, problems) = await BrowserFixture.OpenPageAsync(context, path);
                await BrowserFixture.WaitForChartsAsync(page);
                var target = Path.Combine(folder, file);
                await page.ScreenshotAsync(new PageScreenshotOptions
                {
                    Path = target,
                    Animations = ScreenshotAnimations.Disabled,
                    Caret = ScreenshotCaret.Hide,
                });
                problems.AssertNone();
                Console.WriteLine($"{target}: {path}, {Width}×{Height}");
            }

            return 0;
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"Screenshots failed: {e.Message}");
            return 1;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
