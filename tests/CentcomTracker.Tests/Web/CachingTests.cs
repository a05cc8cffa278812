using System.Net;
using CentcomTracker.Web.Charts;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CentcomTracker.Tests.Web;

public sealed class CachingTests
{
    [Fact]
    public async Task A_cached_view_shows_a_change_made_by_any_writer_at_once()
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();
        const string view = "/?a=2024-Q1&b=2024-Q2&theatre=IQ";
        const string api = "/api/resolve?metric=operations&theatre=IQ&period=2024-Q2";

        Assert.Contains("not reported", await CardAsync(client, view));
        Assert.Contains("\"value\":null", await client.GetStringAsync(api));
        Assert.Contains("not reported", await CardAsync(client, view));  // served again, from the cache

        // Another instance (or a script) writes straight to the database: no code path evicts anything.
        await AddIraqQ2OperationsAsync(factory, 71);

        Assert.Contains("71", await CardAsync(client, view));
        Assert.Contains("\"value\":71", await client.GetStringAsync(api));

        // An edit (same count, same newest id) changes the stamp too.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var figure = await db.Figures.SingleAsync(f => f.Value == 71);
            figure.Value = 72;
            figure.UpdatedAt = DateTime.UtcNow.AddSeconds(1);
            await db.SaveChangesAsync();
        }

        Assert.Contains("72", await CardAsync(client, view));
    }

    [Fact]
    public async Task Each_language_gets_its_own_cached_page()
    {
        using var factory = new TrackerFactory();
        using var english = factory.CreateClient();
        using var arabic = factory.CreateClient();

        Assert.Equal("en", (await english.GetDocumentAsync("/")).DocumentElement.GetAttribute("lang"));
        await arabic.GetAsync("/?culture=ar");  // sets the language cookie (never cached: it sets a cookie)
        Assert.Equal("ar", (await arabic.GetDocumentAsync("/")).DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", (await english.GetDocumentAsync("/")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_figures_are_loaded_as_the_app_starts_and_readiness_waits_for_them()
    {
        using var factory = TrackerFactory.With(("Caching:WarmUp", "true"));
        using var client = factory.CreateClient();
        var (_, warmed) = await WarmedAsync(factory);
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
        var readiness = await factory.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains("ready"));
        Assert.Equal(HealthStatus.Healthy, readiness.Entries["figures"].Status);

        // The first reader gets the resolver the warm-up left in the cache, not one built for it.
        Assert.Same(warmed, await ResolverAsync(factory));

        Assert.Equal(196, warmed.Resolve("operations", "IQ+SY", Period.Parse("2024-H1")).Value?.Value);

        // Before it has run, an instance is not ready.
        var notStarted = ActivatorUtilities.CreateInstance<DashboardWarmUp>(factory.Services);
        var health = await notStarted.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
    }

    [Fact]
    public async Task After_a_change_the_figures_are_reloaded_and_resolved_before_a_reader_asks()
    {
        using var factory = TrackerFactory.With(("Caching:WarmUp", "true"));
        using var client = factory.CreateClient();
        var (warmUp, warmed) = await WarmedAsync(factory);
        const string api = "/api/resolve?metric=operations&theatre=IQ&period=2024-Q2";
        Assert.Contains("\"value\":null", await client.GetStringAsync(api));

        // A save through this instance wakes the warm-up at once.
        var next = warmUp.Rewarmed;
        await AddIraqQ2OperationsAsync(factory, 71);

        var afterSave = await next.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.NotSame(warmed, afterSave);
        Assert.Equal(71, afterSave.Resolve("operations", "IQ", Period.Parse("2024-Q2")).Value?.Value);
        Assert.Same(afterSave, await ResolverAsync(factory));  // the next reader finds it built: no reader builds one
        Assert.Contains("\"value\":71", await client.GetStringAsync(api));

        // A write this instance did not make (another instance, or SQL typed by hand) is seen when the data version
        // is next read, within a second here, and reloaded the same way.
        next = warmUp.Rewarmed;
        await using (var connection = new SqliteConnection(factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE \"Figures\" SET \"Value\" = 72 WHERE \"Value\" = 71 AND \"MetricCode\" = 'operations'";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var afterWrite = await next.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(72, afterWrite.Resolve("operations", "IQ", Period.Parse("2024-Q2")).Value?.Value);
        Assert.Same(afterWrite, await ResolverAsync(factory));
        Assert.Contains("\"value\":72", await client.GetStringAsync(api));
    }

    [Fact]
    public async Task A_reader_that_saw_the_data_before_a_save_takes_the_newer_load_rather_than_loading_over_it()
    {
        using var factory = new TrackerFactory();
        var cache = new StampedCache(factory.Services.GetRequiredService<DataVersionWatch>());
        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();

        // A reader reads the data version and is held before it asks to load.
        using var hold = new ManualResetEventSlim();
        cache.HoldNext = hold;
        var early = Task.Run(() => cache.GetAsync(first.ServiceProvider.GetRequiredService<TrackerDbContext>()));
        Assert.True(cache.Held.Wait(TimeSpan.FromSeconds(30)));

        // Meanwhile the data changes and a later reader (the warm-up, say) loads it.
        cache.Now = "6";
        var db = second.ServiceProvider.GetRequiredService<TrackerDbContext>();
        Assert.Equal("loaded at 6", await cache.GetAsync(db));

        // The early reader gets that load; it does not load again and leave its older stamp on the result, which
        // would make the next reader load a third time.
        hold.Set();
        Assert.Equal("loaded at 6", await early.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("loaded at 6", await cache.GetAsync(db));
        Assert.Equal(1, cache.Loads);
    }

    /// <summary>A cache whose data version the test sets, and which can hold one reader just after it has read it.</summary>
    private sealed class StampedCache(DataVersionWatch watch) : VersionedCache<string>(watch)
    {
        private int loads;

        public volatile string Now = "5";
        public ManualResetEventSlim? HoldNext;
        public ManualResetEventSlim Held { get; } = new();
        public int Loads => Volatile.Read(ref loads);

        protected override string Stamp(long version)
        {
            var stamp = Now;
            if (Interlocked.Exchange(ref HoldNext, null) is { } hold)
            {
                Held.Set();
                hold.Wait(TimeSpan.FromSeconds(30));
            }

            return stamp;
        }

        protected override Task<string> LoadAsync(TrackerDbContext db, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref loads);
            return Task.FromResult($"loaded at {Now}");
        }
    }

    /// <summary>The host's warm-up once it has loaded the figures at start, and the resolver it left in the cache.</summary>
    private static async Task<(DashboardWarmUp WarmUp, Resolver Warmed)> WarmedAsync(TrackerFactory factory)
    {
        var warmUp = factory.Services.GetRequiredService<DashboardWarmUp>();
        Assert.True(await warmUp.Warmed.WaitAsync(TimeSpan.FromSeconds(60)));
        var warmed = warmUp.Latest;
        Assert.NotNull(warmed);
        return (warmUp, warmed);
    }

    /// <summary>Saves a figure for Iraq's operations in 2024-Q2, which the seed does not report.</summary>
    private static async Task AddIraqQ2OperationsAsync(TrackerFactory factory, long value)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var source = await db.Sources.FirstAsync();
        db.Figures.Add(new Figure
        {
            MetricCode = "operations", TheatreCode = "IQ", Period = Period.Parse("2024-Q2"), Value = value,
            Qualifier = Qualifier.Exact, SourceId = source.Id, Quote = $"{value} operations in Iraq (test value).",
            CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    private static async Task<Resolver> ResolverAsync(TrackerFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await factory.Services.GetRequiredService<ResolverCache>().GetAsync(scope.ServiceProvider.GetRequiredService<TrackerDbContext>());
    }

    [Fact]
    public async Task After_a_failed_warm_up_the_instance_is_not_ready_until_the_figures_load()
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();  // migrated and seeded; this host's own warm-up is off
        await RenameAsync(factory, "Figures", "FiguresAway");  // the figures cannot be read

        // A warm-up as the app starts one (turned on by its own, empty configuration).
        using var warmUp = ActivatorUtilities.CreateInstance<DashboardWarmUp>(factory.Services, (IConfiguration)new ConfigurationBuilder().Build());
        await warmUp.StartAsync(CancellationToken.None);
        Assert.False(await warmUp.Warmed.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Null(warmUp.Latest);
        var failed = await warmUp.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, failed.Status);
        Assert.Equal("The figures could not be loaded.", failed.Description);
        Assert.Equal(HealthStatus.Unhealthy, (await warmUp.CheckHealthAsync(new HealthCheckContext())).Status);  // still, on the next probe

        // Once the figures can be read, the next probe loads them and the instance is ready; the warm-up, trying again
        // in the background with growing pauses, resolves them too.
        var next = warmUp.Rewarmed;
        await RenameAsync(factory, "FiguresAway", "Figures");
        Assert.Equal(HealthStatus.Healthy, (await warmUp.CheckHealthAsync(new HealthCheckContext())).Status);
        var recovered = await next.WaitAsync(TimeSpan.FromSeconds(90));
        Assert.Same(recovered, warmUp.Latest);
        Assert.Same(recovered, await ResolverAsync(factory));
        await warmUp.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_data_version_trusted_for_years_still_lets_the_warm_up_follow_this_instances_saves()
    {
        // Far longer than a timer can wait: the warm-up still reads the version at least once a minute, so it keeps running.
        using var factory = TrackerFactory.With(("Caching:WarmUp", "true"), ("Caching:DataVersionSeconds", "100000000"));
        using var client = factory.CreateClient();
        var (warmUp, _) = await WarmedAsync(factory);

        var next = warmUp.Rewarmed;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var figure = await db.Figures.FirstAsync(f => f.MetricCode == "operations" && f.TheatreCode == "IQ");
            figure.Note = "Checked again.";
            figure.UpdatedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        }

        Assert.Same(await next.WaitAsync(TimeSpan.FromSeconds(60)), await ResolverAsync(factory));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task Readiness_reads_the_database_and_the_health_routes_answer_only_get_and_head()
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/health"))).StatusCode);
        foreach (var path in new[] { "/health", "/health/ready" })
        {
            using var posted = await client.PostAsync(path, null);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, posted.StatusCode);
            Assert.Contains("GET", posted.Content.Headers.Allow);
        }

        // A database that opens but cannot be read is not ready; liveness does not look at it.
        await RenameAsync(factory, "DataVersion", "DataVersionAway");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        await RenameAsync(factory, "DataVersionAway", "DataVersion");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    private static async Task RenameAsync(TrackerFactory factory, string from, string to)
    {
        await using var connection = new SqliteConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"ALTER TABLE \"{from}\" RENAME TO \"{to}\"";
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task The_export_is_built_once_per_data_version_whatever_its_query_string()
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();
        using var first = await client.GetAsync("/figures/export.csv");
        using var other = await client.GetAsync("/figures/export.csv?anything=1");
        Assert.Null(first.Headers.Age);
        Assert.NotNull(other.Headers.Age);  // the first one's bytes, from the output cache
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await other.Content.ReadAsByteArrayAsync());
    }

    private static async Task<string> CardAsync(HttpClient client, string url) =>
        (await client.GetDocumentAsync(url)).QuerySelector("#card-operations .card-line[data-theatre='IQ'] [data-period='b']")!.Text();

    [Fact]
    public async Task A_fix_made_in_SQL_with_an_old_timestamp_shows_at_once()
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();
        const string api = "/api/resolve?metric=operations&theatre=IQ%2BSY&period=2024-H1";
        Assert.Contains("\"value\":196", await client.GetStringAsync(api));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var before = await db.DataVersionAsync();
            // No timestamp moves forward and no row is added: only the database's own version notices.
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"Figures\" SET \"Value\" = 199, \"UpdatedAt\" = '2001-01-01 00:00:00' " +
                "WHERE \"MetricCode\" = 'operations' AND \"TheatreCode\" = 'IQ+SY' AND \"Value\" = 196");
            Assert.True(await db.DataVersionAsync() > before);
        }

        Assert.Contains("\"value\":199", await client.GetStringAsync(api));
    }

    [Fact]
    public async Task A_crafted_language_cookie_cannot_put_arabic_formatting_into_the_english_page()
    {
        using var factory = new TrackerFactory();
        using var crafted = factory.CreateClient();
        crafted.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dar%7Cuic%3Den");
        await crafted.GetStringAsync("/metrics/camp-population");

        using var reader = factory.CreateClient();
        var page = await reader.GetDocumentAsync("/metrics/camp-population");
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("July 2024", text);
        Assert.DoesNotContain("يوليو", text);
        Assert.DoesNotContain("٬", text);
    }

    [Fact]
    public async Task The_language_link_never_points_to_another_site()
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri(client.BaseAddress!, "/") + "/evil.example");
        Assert.Equal("//evil.example", response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await response.ReadDocumentAsync(404);
        var links = page.QuerySelectorAll("a[hreflang]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith("/?", href));
    }
}
