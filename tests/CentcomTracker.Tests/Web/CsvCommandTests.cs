using System.Text;
using CentcomTracker.Web.Commands;
using CentcomTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CentcomTracker.Tests.Web.ImportPage;

namespace CentcomTracker.Tests.Web;

/// <summary><c>export</c> and <c>import</c> on the same executable, run in-process on a test host's database.</summary>
public sealed class CsvCommandTests : IDisposable
{
    private readonly TrackerFactory factory = new();
    private readonly string folder = Directory.CreateTempSubdirectory("centcomtracker-csv-").FullName;

    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => factory.Services.RunCommandAsync(args);

    [Fact]
    public async Task Export_writes_the_same_bytes_as_the_web_download_to_a_file_and_to_standard_output()
    {
        using var client = factory.CreateClient();
        var download = await ExportAsync(client);
        var path = Path.Combine(folder, "backup.csv");

        var (exit, output, error) = await RunAsync("export", path);
        Assert.True(exit == 0, error);
        Assert.Equal(download, await File.ReadAllBytesAsync(path));
        Assert.Contains($"Exported {SeedData.LoadEmbedded().Figures.Count} figures to {path}.", output);

        (exit, output, error) = await RunAsync("export", "-");
        Assert.True(exit == 0, error);
        Assert.Equal(download, Encoding.UTF8.GetBytes(output));
    }

    [Fact]
    public async Task Import_refuses_a_bad_file_with_its_row_errors_on_standard_error_and_changes_nothing()
    {
        var before = await CountsAsync(factory);
        var path = Path.Combine(folder, "june.csv");
        await File.WriteAllBytesAsync(path, Csv(Header, Row(), Row(theatre: "SY", value: "lots"), Row(theatre: "XX")));

        var (exit, output, error) = await RunAsync("import", path);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("june.csv: row 3, value: error: \"lots\" is not a whole number", error);
        Assert.Contains("june.csv: row 4, theatre: error: \"XX\" is not a theatre", error);
        Assert.Contains("Nothing was imported. Rows with errors: 2; with conflicts: 0.", error);
        Assert.Equal(before, await CountsAsync(factory));

        // Past the first hundred problems, a count: one more is one problem.
        await File.WriteAllBytesAsync(path, Csv([Header, .. Enumerable.Range(0, 101).Select(i => Row(value: "lots", title: $"Bad {i}"))]));
        (exit, _, error) = await RunAsync("import", path);
        Assert.Equal(1, exit);
        Assert.Contains("june.csv: 1 more problem not shown (101 in all).", error);

        await File.WriteAllTextAsync(path, "metric;theatre\r\n");
        (exit, _, error) = await RunAsync("import", path);
        Assert.Equal(1, exit);
        Assert.Contains("separated by semicolons", error);
        Assert.Equal(before, await CountsAsync(factory));
    }

    [Fact]
    public async Task Import_refuses_invisible_characters_naming_each_and_where_it_is()
    {
        var before = await CountsAsync(factory);
        var path = Path.Combine(folder, "hidden.csv");
        await File.WriteAllBytesAsync(path, Csv(Header,
            Row(quote: "In June, 12 \u202Eoperations."),
            Row(theatre: "SY", quote: "In June, 12\u200B operations."),
            Row(metric: "killed", quote: "Killed\u0085 in June."),
            Row(metric: "killed", theatre: "SY", note: "\u009B31m")));

        var (exit, _, error) = await RunAsync("import", path);

        Assert.Equal(1, exit);
        Assert.Contains("hidden.csv: row 2, quote: error: Contains the invisible character U+202E RIGHT-TO-LEFT OVERRIDE at position 13", error);
        Assert.Contains("hidden.csv: row 3, quote: error: Contains the invisible character U+200B ZERO WIDTH SPACE at position 12", error);
        Assert.Contains("hidden.csv: row 4, quote: error: Contains the invisible character U+0085 NEXT LINE at position 7", error);
        Assert.Contains("hidden.csv: row 5, note: error: Contains the invisible character U+009B CONTROL SEQUENCE INTRODUCER at position 1", error);
        Assert.Equal(before, await CountsAsync(factory));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-32")]
    public async Task Import_of_a_file_in_another_unicode_encoding_asks_for_UTF_8(string encoding)
    {
        var path = Path.Combine(folder, "unicode.csv");
        await File.WriteAllBytesAsync(path, Encoding.GetEncoding(encoding).GetBytes(Text(Header, Row())));

        var (exit, _, error) = await RunAsync("import", path);

        Assert.Equal(1, exit);
        Assert.Contains($"unicode.csv: The file is {encoding.ToUpperInvariant()} text, not UTF-8. Save it as \"CSV UTF-8\"", error);
        Assert.False(error.Contains('\0'), "The message holds NUL characters");
    }

    [Fact]
    public async Task Import_loads_a_good_file_and_audits_it_as_the_command_line()
    {
        var before = await CountsAsync(factory);
        var path = Path.Combine(folder, "june.csv");
        await File.WriteAllBytesAsync(path, Csv(Header, Row(), Row(theatre: "SY", value: "4")));

        var (exit, output, error) = await RunAsync("import", path, "--Database:Seed=false");

        Assert.True(exit == 0, error);
        Assert.Contains("Imported june.csv. Figures created: 2; sources created: 1; rows unchanged: 0.", output);
        Assert.Equal((before.Figures + 2, before.Sources + 1, before.Audit + 3), await CountsAsync(factory));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var audit = await db.AuditEntries.Where(a => a.Reason == "CSV import: june.csv (applied by the operator without review)").ToListAsync();
        Assert.Equal(3, audit.Count);
        Assert.All(audit, a => Assert.Equal((CsvCommands.ImportUser, (string?)null), (a.UserName, a.UserId)));

        (exit, output, _) = await RunAsync("import", path);
        Assert.Equal(0, exit);
        Assert.Contains("Nothing to import from june.csv: every row is already in the database.", output);
    }

    [Fact]
    public async Task Import_of_a_missing_file_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync("import", Path.Combine(folder, "missing.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("no such file", error);
        Assert.Contains("usage: import FILE", error);
    }

    [Fact]
    public void After_a_command_only_key_value_arguments_are_configuration()
    {
        Assert.Equal(["--Database:Seed=false"], CommandLine.HostArguments(["import", "/srv/backup.csv", "--Database:Seed=false"]));
        Assert.Equal(["--urls", "http://localhost:5000"], CommandLine.HostArguments(["--urls", "http://localhost:5000"]));
    }
}
