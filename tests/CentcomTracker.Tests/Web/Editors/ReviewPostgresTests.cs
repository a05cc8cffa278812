using CentcomTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

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
}
