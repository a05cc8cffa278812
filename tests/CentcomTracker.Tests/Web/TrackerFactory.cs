using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CentcomTracker.Tests.Web;

/// <summary>
/// The one test host: the real app with its real migrations, changed only through configuration. Each host has
/// its own SQLite file in a temporary folder, so tests never share or depend on each other's data.
/// </summary>
public class TrackerFactory : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "centcomtracker-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> settings;

    public TrackerFactory() : this([]) { }

    protected TrackerFactory((string Key, string? Value)[] settings)
    {
        Directory.CreateDirectory(folder);
        this.settings = settings.ToDictionary(s => s.Key, s => s.Value);
    }

    /// <summary>A host with extra configuration, e.g. <c>("Database:Seed", "false")</c>.</summary>
    public static TrackerFactory With(params (string Key, string? Value)[] settings) => new(settings);

    /// <summary>A host where a second editor approves every change, as in production.</summary>
    public static TrackerFactory Reviewed() => new([("Review:Required", "true")]);

    public string DatabasePath => Path.Combine(folder, "tracker.db");

    public string ConnectionString => $"Data Source={DatabasePath}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Tracker", ConnectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Every test client shares one address; tests of the sign-in limit set their own.
        builder.UseSetting("RateLimiting:Login:PermitLimit", "1000");
        // Most editor tests describe a single editor's writes; the review tests turn it on (TrackerFactory.Reviewed()).
        builder.UseSetting("Review:Required", "false");
        // Tests write behind the app's back (SQL, a second host) and read at once; ConditionalGetTests cover the trust window.
        builder.UseSetting("Caching:DataVersionSeconds", "0");
        // Readiness would wait for the figures to load in the background; CachingTests cover the warm-up.
        builder.UseSetting("Caching:WarmUp", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open elsewhere in the process; the temp folder is cleaned by the OS.
            }
        }
    }
}
