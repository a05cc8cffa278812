using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web;

/// <summary>The save itself stamps, version-checks and audits what it writes; a caller only changes entities.</summary>
public sealed class WritePathTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private async Task<T> WriteAsync<T>(string? actor, string? reason, Func<TrackerDbContext, Task<T>> write)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditContext>();
        if (actor is not null) audit.ActAs(actor, "id-" + actor);
        audit.Reason = reason;
        return await write(scope.ServiceProvider.GetRequiredService<TrackerDbContext>());
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
}
