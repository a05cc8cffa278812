using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CentcomTracker.Web.Provenance;

/// <summary>
/// A view to take away: its CSV, a Frictionless Data Package (<c>datapackage.json</c>: the table's schema and the
/// sources) and a README naming the sources with their quotes and the caveats that apply to these numbers.
/// </summary>
public sealed record DataBundle(
    string Name, string Title, string CsvName, byte[] Csv, IReadOnlyList<TableField> Fields,
    IReadOnlyList<BundleSource> Sources, IReadOnlyList<BundleQuote> Quotes, IReadOnlyList<string> Caveats,
    string Permalink, string AsOf, DateTime Created)
{
    /// <summary>Caveats true of every number here, before those of the view itself.</summary>
    public static readonly IReadOnlyList<string> StandingCaveats =
    [
        "An empty value means nobody reported it: it is never 0.",
        "A sum over a period that the figures only partly cover is marked partial (see coverage) and never scaled up.",
        "Where sources disagree - contested baselines such as the 2023 attack counts - the preferred source's value is used and the others are listed as alternatives; a number computed here from a source's parts is not attributed to that source.",
        "Levels (camp population, detainees, fighters at large) are counted at a date and never summed.",
    ];

    public byte[] ToZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, CsvName, Csv);
            Add(zip, "datapackage.json", Encoding.UTF8.GetBytes(DataPackage().ToJsonString(new JsonSerializerOptions { WriteIndented = true })));
            Add(zip, "README.md", Encoding.UTF8.GetBytes(Readme()));
        }

        return buffer.ToArray();
    }

    public JsonObject DataPackage() => new()
    {
        ["profile"] = "tabular-data-package",
        ["name"] = Name,
        ["title"] = Title,
        ["homepage"] = Permalink,
        ["version"] = AsOf,
        ["created"] = Created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["sources"] = new JsonArray(Sources.Select(s => (JsonNode)Compact(new JsonObject
        {
            ["title"] = $"{s.Publisher}: {s.Title} ({s.Published})",
            ["path"] = s.Url,
        })).ToArray()),
        ["resources"] = new JsonArray(new JsonObject
        {
            ["name"] = Path.GetFileNameWithoutExtension(CsvName),
            ["path"] = CsvName,
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["dialect"] = new JsonObject { ["delimiter"] = ",", ["header"] = true, ["doubleQuote"] = true },
            ["schema"] = new JsonObject
            {
                ["fields"] = new JsonArray(Fields.Select(f => (JsonNode)new JsonObject
                {
                    ["name"] = f.Name, ["type"] = f.Type, ["description"] = f.Description,
                }).ToArray()),
                ["missingValues"] = new JsonArray(""),
            },
        }),
    };

    public string Readme()
    {
        var text = new StringBuilder();
        text.Append("# ").AppendLine(Title).AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"From CentcomTracker, data as of {AsOf}. The same view: {Permalink}").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- `{CsvName}`: the numbers, one row each; its columns are described in `datapackage.json`.");
        text.AppendLine("- `datapackage.json`: a Frictionless Data Package (Table Schema and sources).").AppendLine();
        text.AppendLine("## Caveats").AppendLine();
        foreach (var caveat in StandingCaveats.Concat(Caveats)) text.Append("- ").AppendLine(caveat);
        text.AppendLine().AppendLine("## Sources").AppendLine();
        foreach (var source in Sources)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"### [{source.Id}] {source.Publisher}: {source.Title} ({source.Published})");
            if (source.Url is { } url) text.AppendLine().AppendLine(url);
            text.AppendLine();
            foreach (var quote in Quotes.Where(q => q.SourceId == source.Id))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"> {quote.Quote.ReplaceLineEndings(" ")} (figure {quote.FigureId})");
                if (quote.Translation is { } t) text.AppendLine(">").AppendLine(CultureInfo.InvariantCulture, $"> English: {t.ReplaceLineEndings(" ")}");
                text.AppendLine();
            }
        }

        return text.ToString();
    }

    public static (IReadOnlyList<BundleSource>, IReadOnlyList<BundleQuote>) From(IEnumerable<Footnotes.Note> notes)
    {
        var list = notes.ToList();
        return (list.DistinctBy(n => n.SourceId).Select(n => new BundleSource(n.SourceId, n.Publisher, n.Title, n.Url, n.Published.Label)).ToList(),
            list.Select(n => new BundleQuote(n.FigureId, n.SourceId, n.Quote, n.Translation)).ToList());
    }

    private static JsonObject Compact(JsonObject o)
    {
        foreach (var key in o.Where(p => p.Value is null).Select(p => p.Key).ToList()) o.Remove(key);
        return o;
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(content);
    }
}
