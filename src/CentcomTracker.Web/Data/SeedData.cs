using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CentcomTracker.Web.Data;

/// <summary>The sourced figures shipped in <c>seed-data/</c> (embedded in the assembly), read and checked.</summary>
public sealed record SeedData(IReadOnlyList<SeedData.SeedSource> Sources, IReadOnlyList<SeedData.SeedFigure> Figures)
{
    public sealed record SeedSource(
        string Key, string Publisher, string Title, string Published, string Language, string? Url, string Tier, string? Note,
        string? PublisherAr = null, string? Series = null);

    public sealed record SeedFigure(
        string Source, string Metric, string Theatre, string Period, long Value, string Qualifier,
        string Quote, string? Translation, string? Note, bool Peak = false);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static SeedData LoadEmbedded()
    {
        var assembly = typeof(SeedData).Assembly;
        T Read<T>(string name)
        {
            using var stream = assembly.GetManifestResourceStream($"seed-data/{name}")
                ?? throw new InvalidOperationException($"The seed file seed-data/{name} is not embedded in the assembly.");
            return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"seed-data/{name} is empty.");
        }

        return new SeedData(Read<List<SeedSource>>("sources.json"), Read<List<SeedFigure>>("figures.json"));
    }

    /// <summary>
    /// Every problem with the seed files, checked by the same rules as the editors' forms and CSV import, so a broken
    /// seed fails loudly at start-up and in tests.
    /// </summary>
    public IReadOnlyList<string> Problems(IReadOnlyDictionary<string, MetricKind> metrics, IReadOnlyCollection<string> theatres)
    {
        var problems = new List<string>();
        var keys = Sources.Select(s => s.Key).ToHashSet();
        var published = new Dictionary<string, Period>();
        foreach (var s in Sources)
        {
            var (source, errors) = InputRules.CheckSource(new(s.Publisher, s.Title, s.Url, s.Published, s.Language, s.Tier, s.Note));
            if (source is not null) published.TryAdd(s.Key, source.Published);
            problems.AddRange(errors.Select(e => $"source {s.Key}: {e.Field}: {e.Message}"));
        }

        var seen = new HashSet<(string, string, string, Period)>();
        foreach (var (f, i) in Figures.Select((f, i) => (f, i)))
        {
            var where = $"figure {i + 1} ({f.Source} {f.Metric} {f.Theatre} {f.Period})";
            if (!keys.Contains(f.Source)) problems.Add($"{where}: unknown source");
            // The seed is curated: where its quote gives only a total and not the figure itself, the figure's note says so
            // (a test holds it to that), so the editors' check that the quote gives the value is taken as confirmed.
            var (valid, errors) = InputRules.CheckFigure(
                new(f.Metric, f.Theatre, f.Period, f.Value.ToString(CultureInfo.InvariantCulture), f.Qualifier, f.Quote, f.Translation, f.Note, f.Peak ? "true" : null,
                    ValueConfirmed: "true"),
                metrics, theatres, published.TryGetValue(f.Source, out var date) ? date : null);
            problems.AddRange(errors.Select(e => $"{where}: {e.Field}: {e.Message}"));
            if (valid is not null && !seen.Add((f.Source, f.Metric, f.Theatre, valid.Period))) problems.Add($"{where}: duplicate");
        }

        return problems;
    }
}
