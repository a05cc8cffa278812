namespace CentcomTracker.Web.Data;

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
