using CentcomTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CentcomTracker.Tests.Web.Editors;

/// <summary>The review's queries and its all-or-nothing approval on PostgreSQL, through the same services the pages use.</summary>
public sealed class ReviewPostgresTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task On_PostgreSQL_a_proposal_is_marked_pending_and_an_approval_applies_it_as_one_data_version()
    {
        var figure = await FigureEditingTests.SeedFigureAsync(factory, "operations", "IQ", 66);
        var batch = await ReviewTests.ActAsync(factory, "alice", async (db, queue) =>
        {
            (await db.Figures.SingleAsync(f => f.Id == figure.Id)).Value = 67;
            return (await queue.ProposeAsync(default))!.Id;
        });

        var marks = await factory.QueryAsync(db => db.ReviewMarksAsync([figure.Id], decided: false, default));
        Assert.Equal((batch, 67L), (Assert.Single(marks[figure.Id]).BatchId, marks[figure.Id].Single().Proposed!.Value.Value));
        Assert.Equal(ReviewOutcome.OwnChange, (await ReviewTests.ActAsync(factory, "alice", (_, queue) => queue.ApproveAsync(batch, default))).Outcome);

        var revisions = await factory.QueryAsync(db => db.Revisions.CountAsync());
        Assert.Equal(ReviewOutcome.Done, (await ReviewTests.ActAsync(factory, "bob", (_, queue) => queue.ApproveAsync(batch, default))).Outcome);
        Assert.Equal(67, (await factory.QueryAsync(db => db.Figures.SingleAsync(f => f.Id == figure.Id))).Value);
        Assert.Equal(revisions + 1, await factory.QueryAsync(db => db.Revisions.CountAsync()));
        Assert.Empty((await factory.QueryAsync(db => db.ReviewMarksAsync([figure.Id], decided: false, default)))[figure.Id]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task On_PostgreSQL_with_review_off_a_save_rechecks_the_publication_rule_with_the_source_held(bool figureSavedLast) =>
        ReviewTests.PublicationRuleRecheckedAtSaveAsync(factory, figureSavedLast);

    [Fact]
    public async Task On_PostgreSQL_batches_pending_before_the_fingerprint_migrate_and_a_fingerprint_is_then_unique_among_pending_batches()
    {
        var database = PostgresFactory.NewDatabaseName();
        PostgresFactory.Admin($"CREATE DATABASE \"{database}\"");
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(PostgresFactory.AdminConnectionString) { Database = database }.ConnectionString;
            await using var services = DatabaseServices.Create(("Database:Provider", "Postgres"), ("ConnectionStrings:Tracker", connectionString));
            await ReviewTests.PendingBatchesMigrateAndFingerprintsAreUniqueWhilePendingAsync(services);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            PostgresFactory.Admin($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    [Fact]
    public async Task On_PostgreSQL_the_same_correction_proposed_twice_at_the_same_moment_is_one_batch()
    {
        var figure = await FigureEditingTests.SeedFigureAsync(factory, "operations", "SY", 28);
        Task<long> ProposeAsync() => ReviewTests.ActAsync(factory, "alice", async (db, queue) =>
        {
            (await db.Figures.SingleAsync(f => f.Id == figure.Id)).Value = 29;
            return (await queue.ProposeAsync(default))!.Id;
        });

        // A lock that lets the look-ups through but holds every insert: both proposals look for a pending twin, find
        // none, and wait to insert their own. Released only once both are seen waiting, so the race is certain.
        await using var connection = new NpgsqlConnection(factory.PostgresConnectionString);
        await connection.OpenAsync();
        await using var hold = await connection.BeginTransactionAsync();
        await using (var lockBatches = new NpgsqlCommand("LOCK TABLE \"ReviewBatches\" IN SHARE MODE", connection, hold))
        {
            await lockBatches.ExecuteNonQueryAsync();
        }

        var proposals = Task.WhenAll(ProposeAsync(), ProposeAsync());
        // Watched from a connection of its own: inside a transaction, pg_stat_activity shows the moment it was first read.
        await using var watcher = new NpgsqlConnection(factory.PostgresConnectionString);
        await watcher.OpenAsync();
        await using (var waiting = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", watcher))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while ((long)(await waiting.ExecuteScalarAsync())! < 2)
            {
                Assert.True(DateTime.UtcNow < deadline && !proposals.IsCompleted, "Both proposals should be waiting to insert their batch.");
                await Task.Delay(20);
            }
        }

        await hold.CommitAsync();
        var ids = await proposals;
        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(1, await factory.QueryAsync(db => db.ProposedChanges.CountAsync(c => c.TargetId == figure.Id && c.EntityType == AuditEntity.Figure)));
    }
}
