using System.Net;
using System.Net.Http.Headers;
using CentcomTracker.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web;

/// <summary>ETags from the data version, 304s, and who may cache what.</summary>
public sealed class ConditionalGetTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/compare/2023/2024-H1")]
    [InlineData("/metrics/operations")]
    [InlineData("/charts/monthly.csv")]
    [InlineData("/figures/export.csv")]
    [InlineData("/api/compare?a=2023&b=2024-H1")]
    public async Task A_conditional_get_with_the_current_etag_is_a_304_and_a_write_changes_the_etag(string url)
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();
        using var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag!);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var source = await db.Sources.FirstAsync();
            source.Note = "changed";
            await db.SaveChangesAsync();
        }

        using var afterWrite = new HttpRequestMessage(HttpMethod.Get, url);
        afterWrite.Headers.IfNoneMatch.Add(etag!);
        using var changed = await client.SendAsync(afterWrite);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task The_data_version_is_trusted_for_a_while_but_a_save_through_the_app_shows_at_once()
    {
        // As shipped the window is a second; an hour here, so that nothing depends on how fast the test runs.
        using var factory = TrackerFactory.With(("Caching:DataVersionSeconds", "3600"));
        using var client = factory.CreateClient();
        const string api = "/api/resolve?metric=operations&theatre=IQ%2BSY&period=2024-H1";
        using var first = await client.GetAsync(api);
        Assert.Contains("\"value\":196", await first.Content.ReadAsStringAsync());

        // By hand in SQL, as an operator or another instance would: this instance serves what it knew within the window.
        await using (var connection = new SqliteConnection(factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var fix = connection.CreateCommand();
            fix.CommandText = "UPDATE \"Figures\" SET \"Value\" = 199 WHERE \"MetricCode\" = 'operations' AND \"TheatreCode\" = 'IQ+SY' AND \"Value\" = 196";
            Assert.Equal(1, await fix.ExecuteNonQueryAsync());
        }

        using var trusted = await client.GetAsync(api);
        Assert.Equal(first.Headers.ETag, trusted.Headers.ETag);
        Assert.Contains("\"value\":196", await trusted.Content.ReadAsStringAsync());

        // A save through the app: the next read asks the database again, and sees both changes.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var source = await db.Sources.FirstAsync();
            source.Note = "checked";
            await db.SaveChangesAsync();
        }

        using var after = await client.GetAsync(api);
        Assert.NotEqual(first.Headers.ETag, after.Headers.ETag);
        Assert.Contains("\"value\":199", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Each_language_has_its_own_etag()
    {
        using var factory = new TrackerFactory();
        using var english = factory.CreateClient();
        using var arabic = factory.CreateClient();
        var en = (await english.GetAsync("/?culture=en")).Headers.ETag;
        var ar = (await arabic.GetAsync("/?culture=ar")).Headers.ETag;
        Assert.NotEqual(en, ar);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?culture=ar")]
    [InlineData("/api/resolve?metric=operations&theatre=IQ&period=2024-H1")]
    public async Task An_anonymous_read_with_its_language_in_the_address_is_publicly_cacheable_apart_from_readers_with_cookies(string url)
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();
        await client.GetAsync(url);  // a first ?culture= visit sets the cookie once
        using var response = await client.GetAsync(url);
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.NotNull(cacheControl.MaxAge);
        Assert.Contains("stale-while-revalidate", cacheControl.ToString());
        // A shared cache must not hand this copy to a reader whose cookie chose another language, or to an editor.
        Assert.Contains("Cookie", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/?culture=ar", ".AspNetCore.Culture")]
    [InlineData("/?culture=ar&digits=arab", ".CentcomTracker.Digits")]
    [InlineData("/compare/2023/2024-H1?culture=ar", ".AspNetCore.Culture")]
    public async Task A_first_visit_with_the_language_in_the_address_is_served_from_the_cache_and_still_remembers_the_language(string url, string cookieName)
    {
        using var factory = new TrackerFactory();
        var noCookies = new WebApplicationFactoryClientOptions { HandleCookies = false };

        // Two first-time readers: the second is served the first's rendering, with a cookie of its own.
        foreach (var visit in new[] { "first", "second" })
        {
            using var reader = factory.CreateClient(noCookies);
            using var response = await reader.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(cookieName + "=", StringComparison.Ordinal));
            Assert.True(response.Headers.CacheControl!.Private, $"{visit} visit: {response.Headers.CacheControl}");
            Assert.False(response.Headers.CacheControl.Public);
            Assert.Equal("ar", (await response.ReadDocumentAsync()).DocumentElement.GetAttribute("lang"));
            if (visit == "second") Assert.True(response.Headers.Age is not null, "the second first visit was rendered again");  // from the output cache
        }

        // A reader who already has the cookies gets the same stored copy, with no cookie of the first readers', and
        // a shared cache may keep it.
        using var returning = factory.CreateClient(noCookies);
        returning.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dar%7Cuic%3Dar" + (url.Contains("digits=arab", StringComparison.Ordinal) ? "; .CentcomTracker.Digits=arab" : ""));
        using var again = await returning.GetAsync(url);
        Assert.True(again.Headers.Age is not null, "the returning reader was rendered again");
        Assert.False(again.Headers.Contains("Set-Cookie"));
        Assert.True(again.Headers.CacheControl!.Public, $"{again.Headers.CacheControl}");
    }

    [Fact]
    public async Task A_new_day_changes_the_etag_so_yesterday_s_copy_is_not_kept_as_today_s()
    {
        // What is out of date (a level a year old) or overdue (a release) is judged against today.
        var clock = new TestClock(new DateTime(2026, 12, 1, 23, 0, 0));
        using var host = new TrackerFactory();
        using var client = host.WithClock(clock).CreateClient();

        var yesterday = (await client.GetAsync("/")).Headers.ETag!;
        clock.At = clock.At.AddHours(2);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.IfNoneMatch.Add(yesterday);
        using var today = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, today.StatusCode);
        Assert.NotEqual(yesterday, today.Headers.ETag);
    }

    [Fact]
    public async Task A_static_file_asked_for_with_a_language_is_private_when_it_sets_the_cookie()
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var stylesheet = (await client.GetDocumentAsync("/")).QuerySelectorAll("link[rel=stylesheet]")
            .Select(link => link.GetAttribute("href")!).First(href => href.Contains("site", StringComparison.Ordinal));

        // A shared cache could otherwise keep the file, and one reader's cookie with it, for as long as the file lives.
        using var response = await client.GetAsync(stylesheet + (stylesheet.Contains('?') ? "&" : "?") + "culture=ar");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Set-Cookie"));
        Assert.True(response.Headers.CacheControl!.Private, $"{response.Headers.CacheControl}");
    }

    [Theory]
    [InlineData("/api/figures/999999", HttpStatusCode.NotFound)]
    [InlineData("/metrics/no-such-metric", HttpStatusCode.NotFound)]
    [InlineData("/sources/999999", HttpStatusCode.NotFound)]
    [InlineData("/api/figures?page=abc", HttpStatusCode.BadRequest)]
    [InlineData("/charts/attacks.csv?a=2024-H3", HttpStatusCode.BadRequest)]
    public async Task A_missing_or_refused_address_is_never_answered_not_modified(string url, HttpStatusCode status)
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();
        var etag = (await client.GetAsync("/api/metrics")).Headers.ETag!;  // the current data version and language
        foreach (var validator in new[] { EntityTagHeaderValue.Any, etag })
        {
            for (var attempt = 0; attempt < 2; attempt++)  // the second time, after a first answer could have been stored
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.IfNoneMatch.Add(validator);
                using var response = await client.SendAsync(request);
                Assert.Equal(status, response.StatusCode);
            }
        }
    }

    [Fact]
    public async Task Any_validator_is_answered_not_modified_for_an_address_that_exists()
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();
        using var first = await client.GetAsync("/api/metrics");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/metrics");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
        Assert.True(response.Headers.CacheControl!.Public);
    }

    [Fact]
    public async Task A_language_only_in_a_cookie_keeps_the_page_private()
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dar%7Cuic%3Dar");
        using var response = await client.GetAsync("/");
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.Contains("Cookie", response.Headers.Vary);

        // A language the app does not take leaves the cookie to decide: still private.
        using var french = await client.GetAsync("/?culture=fr");
        Assert.Equal("ar", (await french.ReadDocumentAsync()).DocumentElement.GetAttribute("lang"));
        Assert.True(french.Headers.CacheControl!.Private);
    }

    [Fact]
    public async Task The_export_of_every_figure_is_one_file_for_every_language_so_either_is_answered_not_modified()
    {
        using var factory = new TrackerFactory();
        using var english = factory.CreateClient();
        using var first = await english.GetAsync("/figures/export.csv");  // stored, whatever the language
        using var arabic = factory.CreateClient();
        arabic.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dar%7Cuic%3Dar");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/figures/export.csv");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var response = await arabic.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task A_signed_in_page_is_not_publicly_cacheable()
    {
        using var factory = new TrackerFactory();
        using var editor = await EditorClient.CreateAsync(factory);
        foreach (var url in new[] { "/", "/figures", "/api/compare?a=2023&b=2024-H1" })
        {
            using var response = await editor.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.CacheControl?.Public ?? false, url);
            Assert.Null(response.Headers.ETag);
        }
    }
}

/// <summary>Compressed once, served compressed from the cache; health split into liveness and readiness.</summary>
public sealed class CompressionAndHealthTests
{
    [Theory]
    [InlineData("br", "/")]
    [InlineData("gzip", "/api/compare?a=2023&b=2024-H1")]
    [InlineData("br", "/figures/export.csv")]
    public async Task Pages_and_json_are_compressed_and_a_cache_hit_replays_the_compressed_bytes(string encoding, string url)
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateDefaultClient();  // no automatic decompression: the bytes as sent
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal([encoding], first.Content.Headers.ContentEncoding);
        var bytes = await first.Content.ReadAsByteArrayAsync();

        using var second = await client.GetAsync(url);
        Assert.Equal([encoding], second.Content.Headers.ContentEncoding);
        Assert.NotNull(second.Headers.Age);  // from the output cache: the compression middleware inside it did not run
        Assert.Equal(bytes, await second.Content.ReadAsByteArrayAsync());

        using var plain = factory.CreateDefaultClient();
        var text = await plain.GetStringAsync(url);
        Assert.True(bytes.Length * 3 < System.Text.Encoding.UTF8.GetByteCount(text), $"{bytes.Length} compressed vs {text.Length}");
    }

    [Fact]
    public async Task A_page_as_of_a_date_has_its_links_rewritten_even_for_a_client_that_accepts_compression()
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateDefaultClient();
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await client.GetAsync($"/metrics/operations?asof={today}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Sent as rewritten text: the links to other read views keep the moment.
        Assert.Empty(response.Content.Headers.ContentEncoding);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"asof={today}", html);
        Assert.Contains("id=\"asof\"", html);
    }

    [Fact]
    public async Task Liveness_is_cheap_and_readiness_checks_the_database()
    {
        using var factory = new TrackerFactory();
        using var client = factory.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }
}
