using System.Net;
using CentcomTracker.Tests.Web.Editors;
using CentcomTracker.Web.Accounts;
using CentcomTracker.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CentcomTracker.Tests.Web;

/// <summary>
/// Several instances of the app on one PostgreSQL database, as behind a load balancer: each host has its own
/// data-protection key folder (as on its own machine), and they share sign-ins, forms, edits and a fresh cache.
/// </summary>
public sealed class PostgresClusterTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("centcomtracker-cluster-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string KeyFolder(string name) => Directory.CreateDirectory(Path.Combine(folder, name)).FullName;

    private static string ConnectionString(string database, string? user = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresFactory.AdminConnectionString) { Database = database };
        if (user is not null) builder.Username = user;
        return builder.ConnectionString;
    }

    private static ServiceProvider Instance(string connectionString) =>
        DatabaseServices.Create(("Database:Provider", "Postgres"), ("ConnectionStrings:Tracker", connectionString));

    [Fact]
    public async Task Two_instances_share_sign_in_and_forms_and_show_each_others_edits_at_once()
    {
        var database = PostgresFactory.NewDatabaseName();
        using var first = new PostgresFactory(database, create: true, owner: true, keyFolder: KeyFolder("first"));
        using var second = new PostgresFactory(database, create: false, owner: false, keyFolder: KeyFolder("second"));
        var cookies = new CookieContainer();  // one browser, sent to either instance by the load balancer
        using var onFirst = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var onSecond = second.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var reader = second.CreateClient();
        const string url = "/api/resolve?metric=operations&theatre=IQ&period=2024-Q1";
        Assert.Equal(66, (await reader.GetJsonAsync(url)).Long("value"));  // now in the second instance's cache

        await first.CreateUserAsync("editor@example.org", Roles.Editor);
        (await onFirst.SignInAsync("editor@example.org", Browser.GoodPassword)).AssertRedirect("/");
        var release = await onSecond.GetAsync("/figures/release");
        Assert.True(release.StatusCode == HttpStatusCode.OK, $"The second instance answered {(int)release.StatusCode} {release.Headers.Location}");

        // A form served by the second instance (its antiforgery token) is accepted by the first.
        var figure = await FigureEditingTests.SeedFigureAsync(first, "operations", "IQ", 66);
        var form = await onSecond.GetDocumentAsync($"/figures/{figure.Id}/edit");
        var saved = await onFirst.SubmitAsync(form.MainForm(), new Dictionary<string, string>
        {
            ["Input.Value"] = "67",
            ["Input.Quote"] = FigureEditingTests.QuoteGiving(form, "67"),
            ["Input.Reason"] = "Checked against the release",
        });
        saved.AssertRedirect($"/figures/{figure.Id}");

        // The second instance had the old number cached; it answers with the new one at once, as does the first.
        Assert.Equal(67, (await reader.GetJsonAsync(url)).Long("value"));
        using var firstReader = first.CreateClient();
        Assert.Equal(67, (await firstReader.GetJsonAsync(url)).Long("value"));
        Assert.Equal(1, await second.QueryAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    [Fact]
    public async Task Instances_starting_together_on_a_missing_database_create_migrate_and_seed_it_once()
    {
        var database = PostgresFactory.NewDatabaseName();
        var instances = Enumerable.Range(0, 3).Select(_ => Instance(ConnectionString(database))).ToList();
        try
        {
            await Task.WhenAll(instances.Select(i => Task.Run(() => i.InitializeDatabaseAsync())));

            await using var scope = instances[0].CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(SeedData.LoadEmbedded().Figures.Count, await db.Figures.CountAsync());
            Assert.Equal([Seeder.SeedSetName], await db.SeedRuns.Select(r => r.Name).ToListAsync());
        }
        finally
        {
            foreach (var instance in instances) await instance.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            PostgresFactory.Admin($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    [Fact]
    public async Task A_database_that_cannot_be_created_or_reached_is_one_line_saying_what_to_do()
    {
        var role = "tracker_limited_" + Guid.NewGuid().ToString("N")[..8];
        PostgresFactory.Admin($"CREATE ROLE \"{role}\" LOGIN");
        try
        {
            var database = PostgresFactory.NewDatabaseName();
            var (exit, error) = await ExportAsync(ConnectionString(database, role));
            Assert.Equal(1, exit);
            Assert.Contains("createdb", error);
            Assert.Contains(database, error);

            (exit, error) = await ExportAsync(new NpgsqlConnectionStringBuilder(ConnectionString(database)) { Port = 1 }.ConnectionString);
            Assert.Equal(1, exit);
            Assert.Contains("ConnectionStrings:Tracker", error);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            PostgresFactory.Admin($"DROP ROLE IF EXISTS \"{role}\"");
        }
    }

    [Fact]
    public async Task On_PostgreSQL_the_backup_command_points_to_pg_dump_and_touches_nothing()
    {
        var database = PostgresFactory.NewDatabaseName();
        await using var services = Instance(ConnectionString(database));
        var target = Path.Combine(folder, "backup.db");

        var (exit, _, error) = await services.RunCommandAsync("backup", target);

        Assert.Equal(1, exit);
        Assert.Contains("pg_dump", error);
        Assert.False(File.Exists(target));
    }

    private static async Task<(int Exit, string Error)> ExportAsync(string connectionString)
    {
        await using var services = Instance(connectionString);
        var (exit, _, error) = await services.RunCommandAsync("export", "-");
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));  // one line, no stack trace
        return (exit, error);
    }
}
