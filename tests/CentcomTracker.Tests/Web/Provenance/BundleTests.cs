using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CentcomTracker.Tests.Web.Provenance;

public sealed partial class BundleTests(BundleTests.Host host) : IClassFixture<BundleTests.Host>
{
    public sealed class Host : TrackerFactory;

    // Table Schema v1 field types.
    private static readonly HashSet<string> Types =
        ["string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"];

    public static async Task<Dictionary<string, byte[]>> DownloadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        return ReadZip(await response.Content.ReadAsByteArrayAsync());
    }

    public static Dictionary<string, byte[]> ReadZip(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    /// <summary>The Data Package and Table Schema rules a validator checks, and that the schema matches the CSV header exactly.</summary>
    public static JsonNode AssertValidPackage(Dictionary<string, byte[]> files)
    {
        var package = JsonNode.Parse(files["datapackage.json"])!;
        Assert.Equal("tabular-data-package", package["profile"]!.GetValue<string>());
        Assert.Matches(Name(), package["name"]!.GetValue<string>());
        var resource = Assert.Single(package["resources"]!.AsArray())!;
        Assert.Matches(Name(), resource["name"]!.GetValue<string>());
        Assert.Equal("tabular-data-resource", resource["profile"]!.GetValue<string>());
        var path = resource["path"]!.GetValue<string>();
        Assert.True(files.ContainsKey(path), $"{path} is not in the bundle");

        var fields = resource["schema"]!["fields"]!.AsArray().Select(f => f!).ToList();
        var names = fields.Select(f => f["name"]!.GetValue<string>()).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(fields, f =>
        {
            Assert.Contains(f["type"]!.GetValue<string>(), Types);
            Assert.False(string.IsNullOrWhiteSpace(f["description"]?.GetValue<string>()), $"{f["name"]} has no description");
        });

        var csv = Encoding.UTF8.GetString(files[path]).TrimStart('\uFEFF');
        var header = csv[..csv.IndexOf('\n')].TrimEnd('\r').Split(',');
        Assert.Equal(header, names);
        Assert.NotEmpty(package["sources"]!.AsArray());
        Assert.All(package["sources"]!.AsArray(), s => Assert.False(string.IsNullOrWhiteSpace(s!["title"]!.GetValue<string>())));
        return package;
    }

    [Theory]
    [InlineData("/bundle/charts/monthly.zip")]
    [InlineData("/bundle/charts/levels.zip?a=2023&b=2024-H1&theatre=SY")]
    [InlineData("/bundle/dashboard.zip")]
    [InlineData("/bundle/compare/2023/2024-H1.zip?theatre=IQ")]
    [InlineData("/bundle/metrics/operations.zip")]
    [InlineData("/bundle/all.zip")]
    public async Task Every_bundle_has_its_csv_a_valid_data_package_describing_every_column_and_a_readme(string url)
    {
        using var client = host.CreateClient();
        var files = await DownloadAsync(client, url);
        Assert.Equal(3, files.Count);
        var package = AssertValidPackage(files);

        var readme = Encoding.UTF8.GetString(files["README.md"]);
        Assert.Contains(package["homepage"]!.GetValue<string>(), readme);
        // Every source named in the package is in the README with its quotes.
        foreach (var source in package["sources"]!.AsArray())
        {
            Assert.Contains(source!["title"]!.GetValue<string>().Split(':')[0], readme);
        }

        Assert.Contains("> ", readme);
        History.AssertPinned(await History.LatestVersionAsync(host), package["homepage"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bundle_as_of_a_version_says_so_and_a_bad_one_is_refused()
    {
        using var client = host.CreateClient();
        var package = AssertValidPackage(await DownloadAsync(client, "/bundle/charts/attacks.zip?asof=v0"));
        Assert.Equal("v0", package["version"]!.GetValue<string>());
        Assert.Contains("asof=v0", package["homepage"]!.GetValue<string>());

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await client.GetAsync("/bundle/charts/attacks.zip?asof=soon")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await client.GetAsync("/bundle/charts/attacks.zip?a=2024-13")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/bundle/charts/nothing.zip")).StatusCode);
    }

    [GeneratedRegex("^[a-z0-9._-]+$")]
    private static partial Regex Name();
}
