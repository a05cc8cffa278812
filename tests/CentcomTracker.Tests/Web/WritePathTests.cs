using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web;

/// <summary>The save itself stamps, version-checks and audits what it writes; a caller only changes entities.</summary>
public sealed class WritePathTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private Task<T> WriteAsync<T>(string? actor, string? reason, Func<TrackerDbContext, Task<T>> write) =>
        WriteAsync(actor, reason, (db, _) => write(db));

    private async Task<T> WriteAsync<T>(string? actor, string? reason, Func<TrackerDbContext, AuditContext, Task<T>> write)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditContext>();
        if (actor is not null) audit.ActAs(actor, "id-" + actor);
        audit.Reason = reason;
        return await write(scope.ServiceProvider.GetRequiredService<TrackerDbContext>(), audit);
    }

    private Task<List<AuditEntry>> AuditOfAsync(AuditEntity type, int id) => factory.QueryAsync(db => db.AuditEntries.AsNoTracking()
        .Where(a => a.EntityType == type && a.EntityId == id).OrderBy(a => a.Id).ToListAsync());

    private static Source NewSource() => new()
    {
        Publisher = "Test publisher", Title = $"Release {Guid.NewGuid():N}", Published = Period.Parse("2024-08-01"), Language = "en",
    };

    [Fact]
    public async Task Creating_changing_and_deleting_are_each_audited_with_the_actor_and_reason()
    {
        var figure = await WriteAsync("tester", " Checked against the PDF ", async db =>
        {
            var created = new Figure { MetricCode = "operations", TheatreCode = "IQ", Period = Period.Parse("2024-08"), Value = 12, Quote = "12 operations", Source = NewSource() };
            db.Figures.Add(created);
            await db.SaveChangesAsync();
            return created;
        });

        var sourceEntry = Assert.Single(await AuditOfAsync(AuditEntity.Source, figure.SourceId));
        var created = Assert.Single(await AuditOfAsync(AuditEntity.Figure, figure.Id));
        Assert.True(sourceEntry.Id < created.Id);
        Assert.Equal((AuditAction.Create, "tester", "id-tester", "Checked against the PDF"), (created.Action, created.UserName, created.UserId, created.Reason));
        Assert.Equal((12L, figure.SourceId), (AuditSnapshots.ReadFigure(created.After)!.Value, AuditSnapshots.ReadFigure(created.After)!.SourceId));
        Assert.NotEqual(default, figure.CreatedAt);

        var renewed = await WriteAsync("tester", null, async db =>
        {
            var stored = await db.Figures.SingleAsync(f => f.Id == figure.Id);
            stored.Value = 13;
            await db.SaveChangesAsync();
            return stored.Version;
        });
        Assert.NotEqual(figure.Version, renewed);

        await WriteAsync("other", "Entered twice", async db =>
        {
            db.Figures.Remove(await db.Figures.SingleAsync(f => f.Id == figure.Id));
            return await db.SaveChangesAsync();
        });

        var entries = await AuditOfAsync(AuditEntity.Figure, figure.Id);
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Delete], entries.Select(e => e.Action));
        Assert.Equal((12L, 13L), (AuditSnapshots.ReadFigure(entries[1].Before)!.Value, AuditSnapshots.ReadFigure(entries[1].After)!.Value));
        Assert.Null(entries[1].Reason);
        Assert.Equal(("other", "Entered twice", 13L), (entries[2].UserName, entries[2].Reason, AuditSnapshots.ReadFigure(entries[2].Before)!.Value));
    }

    [Fact]
    public async Task A_save_refused_by_the_version_check_or_a_unique_key_keeps_nothing()
    {
        var source = await WriteAsync("tester", null, async db =>
        {
            var created = NewSource();
            db.Sources.Add(created);
            await db.SaveChangesAsync();
            return created;
        });
        var before = await factory.CountsAsync();

        var stale = await WriteAsync("tester", null, async db =>
        {
            var stored = await db.Sources.SingleAsync(s => s.Id == source.Id);
            stored.Note = "Changed";
            db.ExpectVersion(stored, Guid.NewGuid());
            return await db.TrySaveChangesAsync(CancellationToken.None);
        });
        Assert.True(stale.Conflict);

        var twice = await WriteAsync("tester", null, async db =>
        {
            var copy = NewSource();
            (copy.Title, copy.Published) = (source.Title, source.Published);
            db.Sources.Add(copy);
            return await db.TrySaveChangesAsync(CancellationToken.None);
        });
        Assert.Equal("source_title", twice.Duplicate?.Field);
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task Without_an_actor_a_write_is_stamped_but_not_audited()
    {
        // Start-up seeding and a hand-made fix have no editor to name.
        var source = await WriteAsync(null, null, async db =>
        {
            var created = NewSource();
            db.Sources.Add(created);
            await db.SaveChangesAsync();
            return created;
        });

        Assert.NotEqual(default, source.UpdatedAt);
        Assert.Empty(await AuditOfAsync(AuditEntity.Source, source.Id));
    }

    [Fact]
    public async Task Many_rows_created_at_once_are_stamped_and_audited_under_one_data_version_and_read_back_as_saved()
    {
        var (source, figures) = await WriteAsync("importer", "CSV import: bulk.csv", async (db, audit) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            using var change = audit.OneChange();  // a source and its figures, as an import writes them
            var created = NewSource();
            created.Note = "A note";
            await AuditTrail.CreateAllAsync(db, audit, [created], CancellationToken.None);
            List<Figure> rows =
            [
                new() { MetricCode = "operations", TheatreCode = "IQ", Period = Period.Parse("2031-01"), Value = 5, Qualifier = Qualifier.MoreThan, Quote = "more than 5", SourceId = created.Id },
                new() { MetricCode = "camp-population", TheatreCode = "SY", Period = Period.Parse("2031-01-15"), Value = 40_000, IsPeak = true, Quote = "40,000", Translation = "40,000", SourceId = created.Id },
            ];
            await AuditTrail.CreateAllAsync(db, audit, rows, CancellationToken.None);
            await transaction.CommitAsync();
            return (created, rows);
        });

        // Read back through EF: every converted column (qualifier, dates, version, flags) as it was written.
        var stored = await factory.QueryAsync(db => db.Figures.AsNoTracking().Where(f => f.SourceId == source.Id).OrderBy(f => f.Id).ToListAsync());
        Assert.Equal(figures.Select(f => (f.Id, f.MetricCode, f.Period, f.Value, f.Qualifier, f.IsPeak, f.Translation, f.Version)),
            stored.Select(f => (f.Id, f.MetricCode, f.Period, f.Value, f.Qualifier, f.IsPeak, f.Translation, f.Version)));
        Assert.All(stored, f => Assert.Equal(f.CreatedAt, f.UpdatedAt));
        Assert.NotEqual(default, stored[0].CreatedAt);

        var entries = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Reason == "CSV import: bulk.csv").OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([(AuditEntity.Source, source.Id), (AuditEntity.Figure, figures[0].Id), (AuditEntity.Figure, figures[1].Id)],
            entries.Select(e => (e.EntityType, e.EntityId)));
        var version = Assert.Single(entries.Select(e => e.RevisionId).Distinct());
        var revision = await factory.QueryAsync(db => db.Set<Revision>().SingleAsync(r => r.Id == version));
        Assert.Equal((2, 1, "importer"), (revision.FiguresAdded, revision.SourcesAdded, revision.UserName));
        Assert.Equal(40_000, AuditSnapshots.ReadFigure(entries[2].After)!.Value);

        // The version column is the concurrency token of later edits, as for a figure saved through the tracker.
        var edited = await WriteAsync("tester", null, async db =>
        {
            var figure = await db.Figures.SingleAsync(f => f.Id == figures[0].Id);
            db.ExpectVersion(figure, figures[0].Version);
            figure.Value = 6;
            return await db.TrySaveChangesAsync(CancellationToken.None);
        });
        Assert.False(edited.Conflict);
    }

    /// <summary>Every column of one row as SQLite quotes it: its stored type and text, to the letter.</summary>
    private Task<Dictionary<string, string>> StoredAsync(string table, string where) => factory.QueryAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            await using var names = await info.ExecuteReaderAsync();
            while (await names.ReadAsync()) columns.Add(names.GetString(0));
        }

        await using var read = connection.CreateCommand();
        read.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"quote(\"{c}\")"))} FROM \"{table}\" WHERE {where}";
        await using var row = await read.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync(), $"{table} where {where}");
        return columns.Select((c, i) => (c, row.GetString(i))).ToDictionary();
    });

    [Theory]
    [InlineData(true)]   // every optional field set, Arabic text, a flag and converted codes
    [InlineData(false)]  // optional fields null, an empty note, a zero, and a lone surrogate (stored as U+FFFD by both)
    public async Task A_row_created_at_once_is_stored_as_a_save_stores_it_column_for_column(bool full)
    {
        // The same source, figure and audit entry, once through the change tracker and once through the import's
        // prepared inserts (SQLite's own binding) at the same moments: every column holds the same stored type and
        // text, so queries, indexes and EF's reads treat both alike.
        var version = Guid.NewGuid();
        var title = $"Twin {version:N}";
        Source NewSource() => full
            ? new()
            {
                Publisher = "Twin publisher", Title = title, Url = "https://example.org/twin", Published = Period.Parse("2031-02"), Language = "ar",
                Tier = SourceTier.Relay, Note = "A note", Series = "centcom", PublisherAr = "ناشر", Version = version,
            }
            : new() { Publisher = "Twin publisher", Title = title, Published = Period.Parse("2031-02-03"), Language = "en", Version = version };
        Figure NewFigure(int sourceId) => full
            ? new()
            {
                MetricCode = "camp-population", TheatreCode = "SY", Period = Period.Parse("2031-01"), Value = 43_000, Qualifier = Qualifier.MoreThan,
                IsPeak = true, Quote = "أكثر من ٤٣ ألف شخص", Translation = "more than 43,000 people", SourceId = sourceId, Version = version,
            }
            : new()
            {
                MetricCode = "operations", TheatreCode = "IQ", Period = Period.Parse("2031-01-05..2031-01-20"), Value = 0,
                Quote = "0", Note = "", Translation = "x\uD800y", SourceId = sourceId, Version = version,
            };
        Task<Dictionary<string, string>> EntryAsync(int figureId) =>
            StoredAsync("AuditEntries", $"EntityType = 'Figure' AND Action = 'Create' AND EntityId = {figureId}");

        var (source, figure) = await WriteAsync("tester", "Twins", async db =>
        {
            var source = NewSource();
            db.Sources.Add(source);
            await db.SaveChangesAsync();
            var figure = NewFigure(source.Id);
            db.Figures.Add(figure);
            await db.SaveChangesAsync();
            return (source, figure);
        });
        var saved = (Source: await StoredAsync("Sources", $"Id = {source.Id}"), Figure: await StoredAsync("Figures", $"Id = {figure.Id}"),
            Entry: await EntryAsync(figure.Id));

        // Deleted again, so that the twins can have the same publisher, title and date.
        await WriteAsync("tester", null, async db =>
        {
            db.Figures.Remove(await db.Figures.SingleAsync(f => f.Id == figure.Id));
            db.Sources.Remove(await db.Sources.SingleAsync(s => s.Id == source.Id));
            return await db.SaveChangesAsync();
        });

        var (twin, twinFigure) = await WriteAsync("tester", "Twins", async (db, given) =>
        {
            // Each written at its saved twin's own moment, so the timestamps compare to the letter.
            AuditContext At(DateTime moment)
            {
                var audit = new AuditContext(new HttpContextAccessor(), new TestClock(moment)) { Reason = given.Reason };
                audit.ActAs("tester", "id-tester");
                return audit;
            }

            await using var transaction = await db.Database.BeginTransactionAsync();
            var twin = NewSource();
            await AuditTrail.CreateAllAsync(db, At(source.CreatedAt), [twin], CancellationToken.None);
            var twinFigure = NewFigure(twin.Id);
            await AuditTrail.CreateAllAsync(db, At(figure.CreatedAt), [twinFigure], CancellationToken.None);
            await transaction.CommitAsync();
            return (twin, twinFigure);
        });
        var created = (Source: await StoredAsync("Sources", $"Id = {twin.Id}"), Figure: await StoredAsync("Figures", $"Id = {twinFigure.Id}"),
            Entry: await EntryAsync(twinFigure.Id));

        static void AssertTwins(Dictionary<string, string> saved, Dictionary<string, string> created, params string[] differ)
        {
            Assert.True(saved.Count > 5);
            foreach (var (column, value) in saved.Where(c => c.Key != "Id" && !differ.Contains(c.Key)))
            {
                Assert.True(value == created[column], $"{column}: saved {value}, created {created[column]}");
            }
        }

        AssertTwins(saved.Source, created.Source);
        AssertTwins(saved.Figure, created.Figure, "SourceId");
        AssertTwins(saved.Entry, created.Entry, "EntityId", "After", "RevisionId");
        Assert.Equal(saved.Figure["SourceId"], $"{source.Id}");
        Assert.Equal(created.Figure["SourceId"], $"{twin.Id}");
        if (!full)
        {
            Assert.Equal("78EFBFBD79", await factory.QueryAsync(db => db.Database  // "x", U+FFFD, "y" in UTF-8
                .SqlQuery<string>($"SELECT hex(Translation) AS Value FROM Figures WHERE Id = {twinFigure.Id}").SingleAsync()));
        }
    }

    [Fact]
    public async Task A_row_created_at_once_that_repeats_a_stored_figure_is_refused_as_a_unique_key_and_nothing_is_kept()
    {
        var before = await factory.CountsAsync();
        var stored = await factory.QueryAsync(db => db.Figures.AsNoTracking().OrderBy(f => f.Id).FirstAsync());

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => WriteAsync("importer", null, async (db, audit) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var copy = new Figure { MetricCode = stored.MetricCode, TheatreCode = stored.TheatreCode, Period = stored.Period, Value = 1, Quote = "1", SourceId = stored.SourceId };
            await AuditTrail.CreateAllAsync(db, audit, [copy], CancellationToken.None);
            await transaction.CommitAsync();
            return 0;
        }));

        Assert.True(refused.IsUniqueViolation());
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task Rows_created_at_once_outside_one_change_start_a_data_version_of_their_own()
    {
        var (first, second) = await WriteAsync("importer", "Two separate loads", async (db, audit) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var (a, b) = (NewSource(), NewSource());
            await AuditTrail.CreateAllAsync(db, audit, [a], CancellationToken.None);
            await AuditTrail.CreateAllAsync(db, audit, [b], CancellationToken.None);
            await transaction.CommitAsync();
            return (a, b);
        });

        var versions = await Task.WhenAll(AuditOfAsync(AuditEntity.Source, first.Id), AuditOfAsync(AuditEntity.Source, second.Id));
        Assert.NotEqual(Assert.Single(versions[0]).RevisionId, Assert.Single(versions[1]).RevisionId);
    }
}
