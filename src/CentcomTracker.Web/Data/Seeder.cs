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
        foreach (var s in Sources)
        {
            var (_, errors) = InputRules.CheckSource(new(s.Publisher, s.Title, s.Url, s.Published, s.Language, s.Tier, s.Note));
            problems.AddRange(errors.Select(e => $"source {s.Key}: {e.Field}: {e.Message}"));
        }

        var seen = new HashSet<(string, string, string, Period)>();
        foreach (var (f, i) in Figures.Select((f, i) => (f, i)))
        {
            var where = $"figure {i + 1} ({f.Source} {f.Metric} {f.Theatre} {f.Period})";
            if (!keys.Contains(f.Source)) problems.Add($"{where}: unknown source");
            var (valid, errors) = InputRules.CheckFigure(
                new(f.Metric, f.Theatre, f.Period, f.Value.ToString(CultureInfo.InvariantCulture), f.Qualifier, f.Quote, f.Translation, f.Note, f.Peak ? "true" : null),
                metrics, theatres);
            problems.AddRange(errors.Select(e => $"{where}: {e.Field}: {e.Message}"));
            if (valid is not null && !seen.Add((f.Source, f.Metric, f.Theatre, valid.Period))) problems.Add($"{where}: duplicate");
        }

        return problems;
    }
}

/// <summary>
/// Loads the sourced seed figures into a new database. Whether a database gets the seed is decided once, at its
/// first start, and recorded in SeedRuns: it is seeded only if it holds no figure, no source and no audit entry yet
/// (and <c>Database:Seed</c> allows it); otherwise it is marked <see cref="NotSeeded"/> for good. So a restored or
/// imported database never receives the seed, and a seed figure an editor deleted never comes back. The seed goes in
/// inside one transaction, matching existing rows by natural key.
/// </summary>
public sealed class Seeder(TrackerDbContext db, ILogger<Seeder> logger, TimeProvider clock)
{
    public const string SeedSetName = "sourced-figures-2024-07";

    /// <summary>The SeedRuns row of a database that was left without the seed, on purpose or because it held data.</summary>
    public const string NotSeeded = "not-seeded";

    public async Task SeedAsync(CancellationToken cancellationToken = default) => await SeedAsync(true, cancellationToken);

    public async Task SeedAsync(bool wanted, CancellationToken cancellationToken = default)
    {
        if (await db.SeedRuns.AnyAsync(cancellationToken))
        {
            return;
        }

        var holdsData = await db.Figures.AnyAsync(cancellationToken) || await db.Sources.AnyAsync(cancellationToken)
            || await db.AuditEntries.AnyAsync(cancellationToken);
        if (!wanted || holdsData)
        {
            db.SeedRuns.Add(new SeedRun { Name = NotSeeded, AppliedAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation(holdsData
                ? "Not seeding: the database already holds figures, sources or an import; it will never be seeded"
                : "Not seeding (Database:Seed is false); this database will never be seeded");
            return;
        }

        var seed = SeedData.LoadEmbedded();
        var vocabulary = await db.LoadVocabularyAsync(cancellationToken);
        var problems = seed.Problems(vocabulary.Kinds, vocabulary.TheatreCodes);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The seed data is invalid:\n" + string.Join("\n", problems));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var sources = new Dictionary<string, Source>();
        foreach (var s in seed.Sources)
        {
            var published = Period.Parse(s.Published);
            var source = await db.Sources.FindByNaturalKeyAsync(s.Publisher, s.Title, published, cancellationToken);
            if (source is null)
            {
                source = new Source
                {
                    Publisher = s.Publisher, PublisherAr = s.PublisherAr, Series = s.Series, Title = s.Title, Url = s.Url, Published = published, Language = s.Language,
                    Tier = DomainCodes.TryParseTier(s.Tier, out var tier) ? tier : SourceTier.Secondary,
                    Note = s.Note, CreatedAt = now, UpdatedAt = now,
                };
                db.Sources.Add(source);
                await db.SaveChangesAsync(cancellationToken);
            }

            sources[s.Key] = source;
        }

        var added = 0;
        foreach (var f in seed.Figures)
        {
            var period = Period.Parse(f.Period);
            var sourceId = sources[f.Source].Id;
            var exists = await db.Figures.AnyAsync(x =>
                x.MetricCode == f.Metric && x.TheatreCode == f.Theatre && x.SourceId == sourceId &&
                x.PeriodStart == period.Start && x.PeriodEnd == period.End, cancellationToken);
            if (exists)
            {
                continue;
            }

            db.Figures.Add(new Figure
            {
                MetricCode = f.Metric, TheatreCode = f.Theatre, Period = period, Value = f.Value,
                Qualifier = Qualifiers.Parse(f.Qualifier), SourceId = sourceId,
                Quote = f.Quote, Translation = f.Translation, Note = f.Note, IsPeak = f.Peak, CreatedAt = now, UpdatedAt = now,
            });
            added++;
        }

        db.SeedRuns.Add(new SeedRun { Name = SeedSetName, AppliedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded {Figures} figures from {Sources} sources ({SeedSet})", added, sources.Count, SeedSetName);
    }
}
