using CentcomTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using static CentcomTracker.Tests.Web.ImportPage;

namespace CentcomTracker.Tests.Web;

/// <summary><c>backup FILE</c>: a complete copy taken while the app runs, which opens as the app's database.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly TrackerFactory factory = new();
    private readonly string folder = Directory.CreateTempSubdirectory("centcomtracker-backup-").FullName;

    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => factory.Services.RunCommandAsync(args);

    private static Task<(int Figures, int Sources, int Audit, List<string> Users, List<string> Reasons)> ContentsAsync(TrackerFactory host) =>
        host.QueryAsync(async db => (
            await db.Figures.CountAsync(), await db.Sources.CountAsync(), await db.AuditEntries.CountAsync(),
            await db.Users.OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync(),
            await db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Reason ?? "").ToListAsync()));

    [Fact]
    public async Task A_backup_taken_while_the_app_runs_restores_figures_accounts_and_audit()
    {
        // The app is running and has been used: an account, an import with its audit entries, readers on the dashboard.
        using var editor = await EditorClient.CreateAsync(factory);
        var june = Path.Combine(folder, "june.csv");
        await File.WriteAllBytesAsync(june, Csv(Header, Row(), Row(theatre: "SY", value: "4")));
        Assert.Equal(0, (await RunAsync("import", june)).Exit);
        var before = await ContentsAsync(factory);

        var copy = Path.Combine(folder, "nightly", "tracker-backup.db");
        var reading = Enumerable.Range(0, 4).Select(_ => editor.GetAsync("/")).ToList();
        var (exit, output, error) = await RunAsync("backup", copy);
        await Task.WhenAll(reading);

        Assert.True(exit == 0, error);
        Assert.Contains(copy, output);
        Assert.Contains(", 1 account and ", output); // the one editor, in the singular
        Assert.False(File.Exists(copy + ".partial"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(copy));
        }

        // Restore: the copy is opened as the app's database, as it is.
        using var restored = TrackerFactory.With(("ConnectionStrings:Tracker", $"Data Source={copy}"));
        var after = await ContentsAsync(restored);
        Assert.Equal((before.Figures, before.Sources, before.Audit), (after.Figures, after.Sources, after.Audit));
        Assert.Equal(before.Users, after.Users);
        Assert.Equal(before.Reasons, after.Reasons);
        Assert.Contains("CSV import: june.csv (applied by the operator without review)", after.Reasons);

        // The account signs in on the restored database with its password, and the dashboard reads the copy.
        using var again = await EditorClient.CreateAsync(restored);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await again.GetAsync("/figures/release")).StatusCode);
    }

    [Fact]
    public async Task A_backup_replaces_an_older_one_only_when_it_is_complete_and_never_creates_a_database()
    {
        var copy = Path.Combine(folder, "tracker-backup.db");
        await File.WriteAllTextAsync(copy, "yesterday's backup");
        Assert.Equal(0, (await RunAsync("backup", copy)).Exit);
        Assert.NotEqual("yesterday's backup", await File.ReadAllTextAsync(copy));

        var missing = Path.Combine(folder, "missing.db");
        await using var services = DatabaseServices.Create(("ConnectionStrings:Tracker", $"Data Source={missing}"));
        var (exit, _, error) = await services.RunCommandAsync("backup", Path.Combine(folder, "b.db"));
        Assert.Equal(2, exit);
        Assert.Contains(missing, error);
        Assert.False(File.Exists(missing));
        Assert.False(File.Exists(Path.Combine(folder, "b.db")));
    }
}
