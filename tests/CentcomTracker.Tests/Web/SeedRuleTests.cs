using CentcomTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web;

/// <summary>The seed goes only into a database that holds nothing yet; the decision is made once and kept.</summary>
public sealed class SeedRuleTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("centcomtracker-seed-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task RunAsync(TrackerFactory factory, params string[] args)
    {
        var (exit, _, error) = await factory.Services.RunCommandAsync(args);
        Assert.True(exit == 0, error);
    }

    private static Task<bool> HasDeletedFigureAsync(TrackerFactory factory) =>
        factory.QueryAsync(db => db.Figures.AnyAsync(f => f.MetricCode == "killed" && f.TheatreCode == "SY" && f.Value == 466));

    [Fact]
    public async Task A_restored_database_is_never_seeded_so_a_deleted_seed_figure_stays_deleted()
    {
        var csv = Path.Combine(folder, "figures.csv");
        using (var original = new TrackerFactory())
        {
            await original.QueryAsync(db => db.Figures.Where(f => f.MetricCode == "killed" && f.TheatreCode == "SY" && f.Value == 466).ExecuteDeleteAsync());
            await RunAsync(original, "export", csv);
        }

        // Restore as the README says: a new database with the seed off, then the import.
        var restored = ("ConnectionStrings:Tracker", (string?)$"Data Source={Path.Combine(folder, "restored.db")}");
        int figures;
        using (var importing = TrackerFactory.With(restored, ("Database:Seed", "false")))
        {
            await RunAsync(importing, "import", csv);
            figures = await importing.QueryAsync(db => db.Figures.CountAsync());
            Assert.Equal(SeedData.LoadEmbedded().Figures.Count - 1, figures);
        }

        // Then the app and a command on it without the setting: the seed is on by default, and still nothing comes back.
        using var later = TrackerFactory.With(restored);
        using var client = later.CreateClient();
        await RunAsync(later, "export", Path.Combine(folder, "again.csv"));
        Assert.Equal(figures, await later.QueryAsync(db => db.Figures.CountAsync()));
        Assert.False(await HasDeletedFigureAsync(later));
        Assert.Equal(await File.ReadAllBytesAsync(csv), await File.ReadAllBytesAsync(Path.Combine(folder, "again.csv")));
    }

    [Fact]
    public async Task A_database_that_already_holds_data_but_has_no_seed_record_is_marked_and_never_seeded()
    {
        // As a database made before the rule: figures imported, nothing recorded about the seed.
        using var factory = TrackerFactory.With(("Database:Seed", "false"));
        var file = Path.Combine(folder, "june.csv");
        await File.WriteAllBytesAsync(file, ImportPage.Csv(ImportPage.Header, ImportPage.Row()));
        await RunAsync(factory, "import", file);
        await factory.QueryAsync(db => db.SeedRuns.ExecuteDeleteAsync());

        await factory.Services.InitializeDatabaseAsync(seed: true);
        await factory.Services.InitializeDatabaseAsync(seed: true);

        Assert.Equal(1, await factory.QueryAsync(db => db.Figures.CountAsync()));
        Assert.Equal([Seeder.NotSeeded], await factory.QueryAsync(db => db.SeedRuns.Select(r => r.Name).ToListAsync()));
    }

    [Fact]
    public async Task A_database_created_with_the_seed_off_stays_unseeded_when_the_setting_is_dropped()
    {
        var database = ("ConnectionStrings:Tracker", (string?)$"Data Source={Path.Combine(folder, "empty.db")}");
        using (var first = TrackerFactory.With(database, ("Database:Seed", "false")))
        {
            using var client = first.CreateClient();
        }

        using var second = TrackerFactory.With(database);
        using var again = second.CreateClient();
        Assert.Equal(0, await second.QueryAsync(db => db.Figures.CountAsync()));
        Assert.Equal(0, await second.QueryAsync(db => db.Sources.CountAsync()));
    }

    [Fact]
    public async Task The_import_command_never_seeds_the_database_it_creates()
    {
        var file = Path.Combine(folder, "june.csv");
        await File.WriteAllBytesAsync(file, ImportPage.Csv(ImportPage.Header, ImportPage.Row()));
        await using var services = DatabaseServices.Create(("ConnectionStrings:Tracker", $"Data Source={Path.Combine(folder, "new.db")}"));

        var (exit, _, error) = await services.RunCommandAsync("import", file);
        Assert.True(exit == 0, error);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        Assert.Equal(1, await db.Figures.CountAsync());
        Assert.Equal([Seeder.NotSeeded], await db.SeedRuns.Select(r => r.Name).ToListAsync());
    }
}
