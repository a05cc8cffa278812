using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using CentcomTracker.Web.Localization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web.Editors;

/// <summary>Four eyes (Review:Required): one editor proposes, a different editor approves or rejects.</summary>
public sealed class ReviewTests
{
    private const string Alice = "alice@example.org";
    private const string Bob = "bob@example.org";

    private static Task<ReviewBatch> BatchAsync(TrackerFactory factory, long id) =>
        factory.QueryAsync(db => db.ReviewBatches.AsNoTracking().SingleAsync(b => b.Id == id));

    private static IHtmlFormElement FormOf(IHtmlDocument review, long batch, string handler) =>
        review.QuerySelector<IHtmlFormElement>($"#batch-{batch} form[action*='handler={handler}']")
        ?? throw new Xunit.Sdk.XunitException($"No {handler} form for batch {batch}:\n{Html.Excerpt(review.Body!.OuterHtml)}");

    private static async Task<long> ProposeEditAsync(TrackerFactory factory, HttpClient editor, int figureId, string value, string reason)
    {
        var form = await editor.GetDocumentAsync($"/figures/{figureId}/edit");
        (await editor.SubmitAsync(form.MainForm(), new Dictionary<string, string> { ["Input.Value"] = value, ["Input.Quote"] = FigureEditingTests.QuoteGiving(form, value), ["Input.Reason"] = reason }))
            .AssertRedirect($"/figures/{figureId}");
        return await factory.QueryAsync(db => db.ReviewBatches.Select(b => b.Id).DefaultIfEmpty().MaxAsync());
    }

    [Fact]
    public async Task A_release_is_public_only_after_a_second_editor_approves_it()
    {
        using var factory = TrackerFactory.Reviewed();
        using var alice = await factory.SignInAsync(Alice);
        using var bob = await factory.SignInAsync(Bob);
        using var reader = factory.CreateBrowser();
        var before = await factory.CountsAsync();
        var versionBefore = await factory.QueryAsync(db => db.DataVersionAsync());
        const string resolve = "/api/resolve?metric=operations&theatre=IQ&period=2024-Q2";
        var notYet = await reader.GetJsonAsync(resolve);
        Assert.NotEqual("reported", notYet.Text("how"));

        // Alice saves a release: it becomes one pending batch, and nothing public changes.
        var form = await alice.GetDocumentAsync("/figures/release");
        var saved = await alice.SubmitAsync(form.MainForm(), ReleaseTests.ValidRelease(form));
        var review = await alice.FollowAsync(saved);
        var batch = review.QuerySelector("section.review-batch")!;
        var id = long.Parse(batch.GetAttribute("data-batch")!);
        Assert.Equal(("true", Alice), (batch.GetAttribute("data-own"), batch.GetAttribute("data-author")));
        Assert.Equal(["70", "30"], batch.QuerySelectorAll("tr[data-action=create][data-entity=figure] ins").Select(i => i.GetAttribute("data-value")));
        Assert.Empty(batch.QuerySelectorAll("form"));
        Assert.Equal(before, await factory.CountsAsync());
        Assert.Equal(versionBefore, await factory.QueryAsync(db => db.DataVersionAsync()));
        Assert.Equal(notYet.Text("how"), (await reader.GetJsonAsync(resolve)).Text("how"));
        Assert.Equal(0, (await reader.GetJsonAsync("/api/changes/sources?since=v0"))["totalCount"]!.GetValue<int>());
        Assert.DoesNotContain("test value", await reader.GetStringAsync("/figures/export.csv"));
        Assert.DoesNotContain("test release", await reader.GetStringAsync("/?a=2024-Q1&b=2024-Q2"));
        Assert.DoesNotContain("test value", (await reader.GetJsonAsync("/api/figures?metric=operations&theatre=IQ")).ToJsonString());
        Assert.Equal("1", (await bob.GetDocumentAsync("/figures")).QuerySelector("#review-link")!.GetAttribute("data-pending"));

        // Bob approves: one data version, audited as his; the batch keeps Alice as its author, for editors only.
        var bobsView = await bob.GetDocumentAsync("/review");
        Assert.Equal("false", bobsView.QuerySelector($"#batch-{id}")!.GetAttribute("data-own"));
        (await bob.SubmitAsync(FormOf(bobsView, id, "Approve"))).AssertRedirect("/review");
        var after = await factory.CountsAsync();
        Assert.Equal((before.Figures + 2, before.Sources + 1, before.Audit + 3), after);
        var revision = await factory.QueryAsync(db => db.Revisions.AsNoTracking().OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal((Bob, 2, 1), (revision.UserName, revision.FiguresAdded, revision.SourcesAdded));
        Assert.StartsWith("Approved change", revision.Reason);
        var approved = await BatchAsync(factory, id);
        Assert.Equal((ReviewState.Approved, Bob, Alice), (approved.State, approved.ReviewerName, approved.AuthorName));
        foreach (var page in new[] { "/changes", "/changes?culture=ar", "/feed.atom", "/api/changes?since=v0", "/api/changes/sources?since=v0", "/figures/export.csv" })
        {
            var text = await reader.GetStringAsync(page);
            Assert.DoesNotContain(Alice, text);
            Assert.DoesNotContain(Bob, text);
        }

        // The release's new source is listed among the changes once approved, with the approval's reason.
        var added = Assert.Single((await reader.GetJsonAsync("/api/changes/sources?since=v0")).Items("items"));
        Assert.Equal(("added", revision.Id), (added.Text("change"), added.Long("version")));
        Assert.StartsWith("Approved change", added.Text("reason"));

        var now = await reader.GetJsonAsync(resolve);
        Assert.Equal(("reported", 70L), (now.Text("how"), now.Long("value")));
        Assert.Contains("test value", await reader.GetStringAsync("/figures/export.csv"));
        Assert.Contains("test release", await reader.GetStringAsync("/?a=2024-Q1&b=2024-Q2"));
    }

    [Fact]
    public async Task An_editor_cannot_approve_or_reject_their_own_change_even_by_a_forged_post()
    {
        using var factory = TrackerFactory.Reviewed();
        using var alice = await factory.SignInAsync(Alice);
        using var bob = await factory.SignInAsync(Bob);
        var iraq = await FigureEditingTests.SeedFigureAsync(factory, "operations", "IQ", 66);
        var syria = await FigureEditingTests.SeedFigureAsync(factory, "operations", "SY", 28);
        await ProposeEditAsync(factory, alice, iraq.Id, "67", "Alice's correction");
        await ProposeEditAsync(factory, bob, syria.Id, "29", "Bob's correction");
        var ids = await factory.QueryAsync(db => db.ReviewBatches.OrderBy(b => b.Id).Select(b => b.Id).ToListAsync());
        var (alices, bobs) = (ids[0], ids[1]);

        // Alice's page offers her buttons only for Bob's batch; she posts Bob's forms with her own batch's id.
        var page = await alice.GetDocumentAsync("/review");
        Assert.Empty(page.QuerySelectorAll($"#batch-{alices} form"));
        var before = await factory.CountsAsync();
        var approve = await alice.SubmitAsync(FormOf(page, bobs, "Approve"), new Dictionary<string, string> { ["Input.Batch"] = alices.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.NotEqual("", (await approve.ReadDocumentAsync(403)).Summary());
        var reject = await alice.SubmitAsync(FormOf(page, bobs, "Reject"),
            new Dictionary<string, string> { ["Input.Batch"] = alices.ToString(), ["Input.RejectReason"] = "Withdrawn" });
        Assert.Equal(HttpStatusCode.Forbidden, reject.StatusCode);
        Assert.Equal(ReviewState.Pending, (await BatchAsync(factory, alices)).State);
        Assert.Equal(before, await factory.CountsAsync());
        Assert.Equal(66, (await FigureEditingTests.SeedFigureAsync(factory, "operations", "IQ", 66)).Value);

        // Without a token the post is refused outright.
        var forged = await alice.SubmitAsync(FormOf(page, bobs, "Approve"), withoutAntiforgeryToken: true);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_changes_no_figure_and_stays_on_the_record()
    {
        using var factory = TrackerFactory.Reviewed();
        using var alice = await factory.SignInAsync(Alice);
        using var bob = await factory.SignInAsync(Bob);
        using var reader = factory.CreateBrowser();
        var figure = await FigureEditingTests.SeedFigureAsync(factory, "operations", "IQ", 66);
        var id = await ProposeEditAsync(factory, alice, figure.Id, "67", "Typing error");

        // Editors see the pending value marked; readers see only the approved one.
        var details = await alice.GetDocumentAsync($"/figures/{figure.Id}");
        Assert.Equal("67", details.QuerySelector(".pending-review")!.GetAttribute("data-proposed"));
        Assert.Equal("66", details.QuerySelector("#figure dd")!.Text());
        var list = await bob.GetDocumentAsync("/figures?metric=operations&theatre=IQ");
        Assert.Equal("67", list.QuerySelector($"tr[data-figure-id='{figure.Id}'] .pending-review")!.GetAttribute("data-proposed"));
        Assert.Null((await reader.GetDocumentAsync($"/figures/{figure.Id}")).QuerySelector(".pending-review"));
        Assert.Null((await reader.GetDocumentAsync("/figures?metric=operations&theatre=IQ")).QuerySelector(".pending-review"));
        Assert.DoesNotContain("\"value\":67,", (await reader.GetJsonAsync("/api/figures?metric=operations&theatre=IQ")).ToJsonString());

        var audit = (await factory.CountsAsync()).Audit;
        var page = await bob.GetDocumentAsync("/review");
        var blank = await (await bob.SubmitAsync(FormOf(page, id, "Reject"))).ReadDocumentAsync();
        Assert.NotEqual("", blank.QuerySelector($"#reject-{id}-error")!.Text());
        Assert.Equal(ReviewState.Pending, (await BatchAsync(factory, id)).State);

        (await bob.SubmitAsync(FormOf(page, id, "Reject"), new Dictionary<string, string> { ["Input.RejectReason"] = "The release says 66." }))
            .AssertRedirect("/review");
        var rejected = await BatchAsync(factory, id);
        Assert.Equal((ReviewState.Rejected, Bob, "The release says 66."), (rejected.State, rejected.ReviewerName, rejected.RejectReason));
        Assert.Equal(66, (await FigureEditingTests.SeedFigureAsync(factory, "operations", "IQ", 66)).Value);
        Assert.Equal(audit, (await factory.CountsAsync()).Audit);
        var history = (await alice.GetDocumentAsync($"/figures/{figure.Id}")).QuerySelector($"#review [data-batch='{id}']")!;
        Assert.Equal("rejected", history.GetAttribute("data-state"));
        Assert.Contains("The release says 66.", history.Text());
        Assert.Equal("rejected", (await bob.GetDocumentAsync("/review")).QuerySelector($"#decided tr[data-batch='{id}']")!.GetAttribute("data-state"));
    }

    [Fact]
    public async Task A_stale_approval_is_refused_and_nothing_of_its_batch_is_applied()
    {
        using var factory = TrackerFactory.Reviewed();
        var iraq = await FigureEditingTests.SeedFigureAsync(factory, "operations", "IQ", 66);
        var syria = await FigureEditingTests.SeedFigureAsync(factory, "operations", "SY", 28);

        // Alice proposes two corrections in one batch; meanwhile the operator's tool changes one of the figures.
        var batch = await ActAsync(factory, "alice", async (db, queue) =>
        {
            (await db.Figures.SingleAsync(f => f.Id == iraq.Id)).Value = 67;
            (await db.Figures.SingleAsync(f => f.Id == syria.Id)).Value = 29;
            return (await queue.ProposeAsync(default))!.Id;
        });
        await ActAsync(factory, "operator", async (db, _) =>
        {
            (await db.Figures.SingleAsync(f => f.Id == iraq.Id)).Value = 65;
            return await db.SaveChangesAsync();
        });
        var revisions = await factory.QueryAsync(db => db.Revisions.CountAsync());

        var (outcome, _) = await ActAsync(factory, "bob", (_, queue) => queue.ApproveAsync(batch, default));
        Assert.Equal(ReviewOutcome.ChangedMeanwhile, outcome);
        Assert.Equal(65, (await factory.QueryAsync(db => db.Figures.SingleAsync(f => f.Id == iraq.Id))).Value);
        Assert.Equal(28, (await factory.QueryAsync(db => db.Figures.SingleAsync(f => f.Id == syria.Id))).Value);
        Assert.Equal(revisions, await factory.QueryAsync(db => db.Revisions.CountAsync()));
        Assert.Equal(ReviewState.Pending, (await BatchAsync(factory, batch)).State);
    }

    [Fact]
    public async Task A_correction_made_on_a_value_another_editor_has_since_changed_is_refused_with_their_value_shown()
    {
        using var factory = TrackerFactory.Reviewed();
        using var alice = await factory.SignInAsync(Alice);
        using var bob = await factory.SignInAsync(Bob);
        var figure = await FigureEditingTests.SeedFigureAsync(factory, "operations", "SY", 28);

        // Alice opens the figure at 28; Bob's correction to 29 is approved (by Alice) before she saves hers.
        var stale = await alice.GetDocumentAsync($"/figures/{figure.Id}/edit");
        var bobs = await ProposeEditAsync(factory, bob, figure.Id, "29", "Bob's correction");
        (await alice.SubmitAsync(FormOf(await alice.GetDocumentAsync("/review"), bobs, "Approve"))).AssertRedirect("/review");
        var batches = await factory.QueryAsync(db => db.ReviewBatches.CountAsync());

        var refused = await (await alice.SubmitAsync(stale.MainForm(), new Dictionary<string, string> { ["Input.Value"] = "31", ["Input.Quote"] = FigureEditingTests.QuoteGiving(stale, "31"), ["Input.Reason"] = "Alice's correction" }))
            .ReadDocumentAsync(200);
        Assert.Equal("29", refused.QuerySelector("#conflict-value")!.Text());
        Assert.Equal("31", refused.FieldValue("Input.Value"));
        Assert.Equal(batches, await factory.QueryAsync(db => db.ReviewBatches.CountAsync()));

        // Saving again, with Bob's value in view, proposes 29 → 31: the change the reviewer will see is the real one.
        (await alice.SubmitAsync(refused.MainForm())).AssertRedirect($"/figures/{figure.Id}");
        var change = await factory.QueryAsync(db => db.ProposedChanges.AsNoTracking().OrderByDescending(c => c.Id).FirstAsync());
        Assert.Equal((29L, 31L), (AuditSnapshots.ReadFigure(change.Before)!.Value, AuditSnapshots.ReadFigure(change.After)!.Value));
    }

    [Fact]
    public async Task The_reviewer_sees_every_field_a_correction_changes_not_only_its_value()
    {
        using var factory = TrackerFactory.Reviewed();
        using var alice = await factory.SignInAsync(Alice);
        using var bob = await factory.SignInAsync(Bob);
        var figure = await FigureEditingTests.SeedFigureAsync(factory, "operations", "SY", 28);
        var form = await alice.GetDocumentAsync($"/figures/{figure.Id}/edit");
        (await alice.SubmitAsync(form.MainForm(), new Dictionary<string, string>
        {
            ["Input.Period"] = "2019-03", ["Input.Quote"] = "Partner forces conducted 28 operations in March.", ["Input.Reason"] = "Wrong month",
        })).AssertRedirect($"/figures/{figure.Id}");

        var row = (await bob.GetDocumentAsync("/review")).QuerySelector($"tr[data-action=update][data-figure='{figure.Id}']")!;
        var fields = row.QuerySelectorAll(".review-fields li").ToDictionary(
            li => li.QuerySelector(".fw-semibold")!.Text().TrimEnd(':'), li => (li.QuerySelector("del")?.Text(), li.QuerySelector("ins")?.Text()));
        Assert.Equal(["Exact quote", "Period"], fields.Keys.Order());
        Assert.Equal((figure.Quote, "Partner forces conducted 28 operations in March."), fields["Exact quote"]);
        Assert.Equal("March 2019", fields["Period"].Item2);
        Assert.Equal(CentcomTracker.Web.Localization.Display.Period(figure.Period), fields["Period"].Item1);
    }

    [Fact]
    public async Task A_release_posted_twice_is_one_batch_to_review()
    {
        using var factory = TrackerFactory.Reviewed();
        using var alice = await factory.SignInAsync(Alice);
        var form = await alice.GetDocumentAsync("/figures/release");
        var values = ReleaseTests.ValidRelease(form);

        // A double click, or the browser resending the form: the same post twice.
        (await alice.SubmitAsync(form.MainForm(), values)).AssertRedirect();
        (await alice.SubmitAsync(form.MainForm(), values)).AssertRedirect();

        var batches = await factory.QueryAsync(db => db.ReviewBatches.AsNoTracking().Include(b => b.Changes).ToListAsync());
        var batch = Assert.Single(batches);
        Assert.Equal(3, batch.Changes.Count);  // the new source and its two figures, once
    }

    [Fact]
    public async Task A_sources_correction_waits_for_a_second_editor_since_its_tier_decides_which_value_is_shown()
    {
        using var factory = TrackerFactory.Reviewed();
        using var alice = await factory.SignInAsync(Alice);
        using var bob = await factory.SignInAsync(Bob);
        var before = await factory.QueryAsync(db => db.Sources.AsNoTracking().SingleAsync(s => s.Id == 1));
        var tier = before.Tier == CentcomTracker.Web.Domain.SourceTier.Primary ? "secondary" : "primary";
        var form = await alice.GetDocumentAsync("/sources/1/edit");
        (await alice.SubmitAsync(form.MainForm(), new Dictionary<string, string> { ["Input.Source.Tier"] = tier, ["Input.Reason"] = "Tier" }))
            .AssertRedirect("/figures?source=1");
        Assert.Equal(before.Tier, (await factory.QueryAsync(db => db.Sources.AsNoTracking().SingleAsync(s => s.Id == 1))).Tier);

        var page = await bob.GetDocumentAsync("/review");
        var row = page.QuerySelector("tr[data-action=update][data-source='1']")!;
        Assert.Contains("Tier", row.QuerySelector(".review-fields")!.Text());
        Assert.Equal(tier, row.QuerySelector(".review-fields ins")!.Text());
        var id = long.Parse(page.QuerySelector("section.review-batch")!.GetAttribute("data-batch")!);
        (await bob.SubmitAsync(FormOf(page, id, "Approve"))).AssertRedirect("/review");

        var after = await factory.QueryAsync(db => db.Sources.AsNoTracking().SingleAsync(s => s.Id == 1));
        Assert.Equal(tier, after.Tier.ToString().ToLowerInvariant());
        var entry = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .OrderByDescending(a => a.Id).FirstAsync(a => a.EntityType == AuditEntity.Source && a.EntityId == 1));
        Assert.Equal((AuditAction.Update, Bob), (entry.Action, entry.UserName));
    }

    [Fact]
    public async Task The_same_correction_proposed_again_after_the_figure_changed_and_changed_back_is_a_new_batch()
    {
        using var factory = TrackerFactory.Reviewed();
        var figure = await FigureEditingTests.SeedFigureAsync(factory, "operations", "SY", 28);
        Task<long> ProposeAsync() => ActAsync(factory, "alice", async (db, queue) =>
        {
            (await db.Figures.SingleAsync(f => f.Id == figure.Id)).Value = 29;
            return (await queue.ProposeAsync(default))!.Id;
        });

        var first = await ProposeAsync();
        Assert.Equal(first, await ProposeAsync());  // the same proposal on the same version: one batch

        // The operator's tool changes the figure and changes it back: same values, a new version.
        foreach (var value in new long[] { 30, 28 })
        {
            await ActAsync(factory, "operator", async (db, _) =>
            {
                (await db.Figures.SingleAsync(f => f.Id == figure.Id)).Value = value;
                return await db.SaveChangesAsync();
            });
        }

        // Proposed on the new version, the correction is a batch of its own, one that can still be approved.
        var again = await ProposeAsync();
        Assert.NotEqual(first, again);
        Assert.Equal(ReviewOutcome.Done, (await ActAsync(factory, "bob", (_, queue) => queue.ApproveAsync(again, default))).Outcome);
    }

    [Fact]
    public async Task Approving_a_deletion_deletes_the_figure_under_the_reviewers_name()
    {
        using var factory = TrackerFactory.Reviewed();
        using var alice = await factory.SignInAsync(Alice);
        using var bob = await factory.SignInAsync(Bob);
        var figure = await FigureEditingTests.SeedFigureAsync(factory, "operations", "SY", 28);
        var form = await alice.GetDocumentAsync($"/figures/{figure.Id}/delete");
        (await alice.SubmitAsync(form.MainForm(), new Dictionary<string, string> { ["Input.Reason"] = "Duplicate" })).AssertRedirect();
        Assert.True(await factory.QueryAsync(db => db.Figures.AnyAsync(f => f.Id == figure.Id)));
        Assert.Equal("delete", (await bob.GetDocumentAsync($"/figures/{figure.Id}")).QuerySelector(".pending-review")!.GetAttribute("data-action"));

        var page = await bob.GetDocumentAsync("/review");
        var id = long.Parse(page.QuerySelector("section.review-batch")!.GetAttribute("data-batch")!);
        (await bob.SubmitAsync(FormOf(page, id, "Approve"))).AssertRedirect("/review");
        Assert.False(await factory.QueryAsync(db => db.Figures.AnyAsync(f => f.Id == figure.Id)));
        var entry = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityId == figure.Id && a.Action == AuditAction.Delete));
        Assert.Equal(Bob, entry.UserName);
        Assert.Equal("Approved change: Duplicate", entry.Reason);
        // The figure's public history gives the reason and names no editor.
        var history = await factory.CreateClient().GetStringAsync($"/figures/{figure.Id}");
        Assert.Contains("Approved change: Duplicate", history);
        Assert.DoesNotContain(Alice, history);
        Assert.DoesNotContain(Bob, history);
    }

    [Fact]
    public async Task A_CSV_import_through_the_page_is_one_batch_approved_as_a_whole()
    {
        using var factory = TrackerFactory.Reviewed();
        using var alice = await factory.SignInAsync(Alice);
        using var bob = await factory.SignInAsync(Bob);
        var before = await factory.CountsAsync();
        var preview = await ImportPage.UploadAsync(alice, ImportPage.Csv(ImportPage.Header, ImportPage.Row(), ImportPage.Row(theatre: "SY", value: "4")), "june.csv");
        var done = await alice.FollowAsync(await ImportPage.CommitAsync(alice, preview));
        Assert.NotNull(done.QuerySelector("#import-status [data-pending=true]"));
        Assert.Equal(before, await factory.CountsAsync());

        var batch = Assert.Single(await factory.QueryAsync(db => db.ReviewBatches.Include(b => b.Changes).AsNoTracking().ToListAsync()));
        Assert.Equal((Alice, "CSV import: june.csv", 3), (batch.AuthorName, batch.Reason, batch.Changes.Count));
        var page = await bob.GetDocumentAsync("/review");
        (await bob.SubmitAsync(FormOf(page, batch.Id, "Approve"))).AssertRedirect("/review");
        Assert.Equal((before.Figures + 2, before.Sources + 1, before.Audit + 3), await factory.CountsAsync());
        Assert.Equal(1, await factory.QueryAsync(db => db.Revisions.CountAsync()));
    }

    [Fact]
    public async Task With_review_off_an_editors_save_is_public_at_once()
    {
        using var factory = TrackerFactory.With(("Review:Required", "false"));
        using var alice = await factory.SignInAsync(Alice);
        var figure = await FigureEditingTests.SeedFigureAsync(factory, "operations", "IQ", 66);
        await ProposeEditAsync(factory, alice, figure.Id, "67", "Single-editor deployment");
        Assert.Equal(67, (await factory.QueryAsync(db => db.Figures.SingleAsync(f => f.Id == figure.Id))).Value);
        Assert.Empty(await factory.QueryAsync(db => db.ReviewBatches.ToListAsync()));
        Assert.NotNull((await alice.GetDocumentAsync("/review")).QuerySelector("#review-off"));
    }

    [Theory]
    [InlineData(true)]   // a figure checked against the source's old date, saved after another editor moved the date earlier
    [InlineData(false)]  // a source re-dated, checked against its figures, saved after another editor gave it a later figure
    public async Task With_review_off_a_save_rechecks_the_publication_rule_as_it_writes(bool figureSavedLast)
    {
        using var factory = TrackerFactory.With(("Review:Required", "false"));
        await PublicationRuleRecheckedAtSaveAsync(factory, figureSavedLast);
    }

    internal static async Task PublicationRuleRecheckedAtSaveAsync(TrackerFactory factory, bool figureSavedLast)
    {
        var source = await ActAsync(factory, "operator", async (db, _) =>
        {
            var created = new Source
            {
                Publisher = "US Central Command (test)", Title = $"Operations in June 2024 (race {Guid.NewGuid():N})", Language = "en",
                Published = Period.Parse("2024-07-05"), Tier = SourceTier.Primary,
            };
            db.Sources.Add(created);
            await db.SaveChangesAsync();
            return created.Id;
        });
        Figure June() => new()
        {
            MetricCode = "operations", TheatreCode = "IQ", Period = Period.Parse("2024-06"), Value = 41, SourceId = source,
            Quote = "In Iraq, 41 partnered operations in June (test value).",
        };
        Task MoveDateAsync(TrackerDbContext db) => db.Sources.Where(s => s.Id == source).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.PublishedStart, new DateOnly(2024, 5, 20)).SetProperty(s => s.PublishedEnd, new DateOnly(2024, 5, 20)));

        // The editor's page has checked its change against the data as it was; the other editor's write lands before its save.
        var (saved, other) = await ActAsync(factory, "alice", async (db, review) =>
        {
            int? otherFigure = null;
            if (figureSavedLast)
            {
                db.Figures.Add(June());
                await ActAsync(factory, "bob", async (other, _) => { await MoveDateAsync(other); return 0; });
            }
            else
            {
                var stored = await db.Sources.SingleAsync(s => s.Id == source);
                stored.Published = Period.Parse("2024-05-20");
                otherFigure = await ActAsync(factory, "bob", async (other, _) =>
                {
                    var figure = June();
                    other.Figures.Add(figure);
                    await other.SaveChangesAsync();
                    return figure.Id;
                });
            }

            return ((await review.SubmitAsync(CancellationToken.None)).Saved, otherFigure);
        });

        Assert.False(saved.Ok);
        var breach = Assert.IsType<PublicationBreach>(saved.Breach);
        Assert.Equal((other, "operations", "IQ", Period.Parse("2024-06"), Period.Parse("2024-05-20")),
            (breach.FigureId, breach.Metric, breach.Theatre, breach.Period, breach.Published));
        var (figures, date) = await factory.QueryAsync(async db => (
            await db.Figures.Where(f => f.SourceId == source).Select(f => f.Id).ToListAsync(),
            (await db.Sources.SingleAsync(s => s.Id == source)).Published));
        // Nothing of the refused save was written: no June figure of its own, and the date as the other editor left it.
        Assert.Equal(figureSavedLast ? [] : [other!.Value], figures);
        Assert.Equal(figureSavedLast ? Period.Parse("2024-05-20") : Period.Parse("2024-07-05"), date);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_approval_that_would_leave_a_figure_beginning_after_its_sources_date_is_refused(bool dateCorrectedFirst)
    {
        using var factory = TrackerFactory.Reviewed();
        using var alice = await factory.SignInAsync(Alice);
        using var bob = await factory.SignInAsync(Bob);
        var source = await ActAsync(factory, "operator", async (db, _) =>
        {
            var created = new Source
            {
                Publisher = "US Central Command (test)", Title = "Operations in June 2024 (test)", Language = "en",
                Published = Period.Parse("2024-07-05"), Tier = SourceTier.Primary,
            };
            db.Sources.Add(created);
            await db.SaveChangesAsync();
            return created.Id;
        });

        // Made at the same time, each proposal passes on its own: the source has no figure after 20 May 2024, and
        // June 2024 begins before 5 July 2024. Together they would leave June reported by a source of 20 May.
        var edit = await alice.GetDocumentAsync($"/sources/{source}/edit");
        (await alice.SubmitAsync(edit.MainForm(), new Dictionary<string, string> { ["Input.Source.Date"] = "2024-05-20", ["Input.Reason"] = "Date of the briefing" }))
            .AssertRedirect($"/figures?source={source}");
        var release = await alice.GetDocumentAsync($"/figures/release?source={source}");
        (await alice.SubmitAsync(release.MainForm(), new Dictionary<string, string>
        {
            ["Input.Period"] = "2024-06",
            [ReleaseTests.Cell(release, "operations", "IQ", "Value")] = "41",
            [ReleaseTests.Cell(release, "operations", "IQ", "Quote")] = "In Iraq, 41 partnered operations in June (test value).",
        })).AssertRedirect();
        var batches = await factory.QueryAsync(db => db.ReviewBatches.OrderBy(b => b.Id).Select(b => b.Id).ToListAsync());
        Assert.Equal(2, batches.Count);
        var (first, second) = dateCorrectedFirst ? (batches[0], batches[1]) : (batches[1], batches[0]);

        (await bob.SubmitAsync(FormOf(await bob.GetDocumentAsync("/review"), first, "Approve"))).AssertRedirect("/review");
        var before = await factory.CountsAsync();
        var revisions = await factory.QueryAsync(db => db.Revisions.CountAsync());
        var refused = await bob.SubmitAsync(FormOf(await bob.GetDocumentAsync("/review"), second, "Approve"));

        // Refused as a stale approval is, naming the period and the source's date as they stand; nothing is applied.
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var summary = (await refused.ReadDocumentAsync(409)).Summary();
        Assert.Contains(Display.Period(Period.Parse("2024-06")), summary);
        Assert.Contains(Display.Period(Period.Parse("2024-05-20")), summary);
        Assert.Equal(ReviewState.Pending, (await BatchAsync(factory, second)).State);
        Assert.Equal(before, await factory.CountsAsync());
        Assert.Equal(revisions, await factory.QueryAsync(db => db.Revisions.CountAsync()));
        Assert.False(await factory.QueryAsync(db => db.Figures.AnyAsync(f => f.Source!.PublishedEnd < f.PeriodStart)));
    }

    [Fact]
    public async Task The_same_correction_posted_twice_at_the_same_moment_is_one_batch_to_review()
    {
        using var factory = TrackerFactory.Reviewed();
        using var alice = await factory.SignInAsync(Alice);
        var figure = await FigureEditingTests.SeedFigureAsync(factory, "operations", "SY", 28);
        var form = await alice.GetDocumentAsync($"/figures/{figure.Id}/edit");
        var values = new Dictionary<string, string> { ["Input.Value"] = "29", ["Input.Quote"] = FigureEditingTests.QuoteGiving(form, "29"), ["Input.Reason"] = "Typing error" };

        // A write held outside the app for a moment (a long import, another instance): both posts look for a pending
        // twin, find none, and wait to insert their own, as a double click can. However the posts happen to be timed,
        // one batch must come of them; the PostgreSQL test of the same race waits until both are seen waiting.
        await using var writer = new SqliteConnection(factory.ConnectionString);
        await writer.OpenAsync();
        await ExecuteAsync(writer, "BEGIN IMMEDIATE");
        var posts = Task.WhenAll(alice.SubmitAsync(form.MainForm(), values), alice.SubmitAsync(form.MainForm(), values));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await ExecuteAsync(writer, "COMMIT");

        foreach (var response in await posts) response.AssertRedirect($"/figures/{figure.Id}");
        var batch = Assert.Single(await factory.QueryAsync(db => db.ReviewBatches.AsNoTracking().Include(b => b.Changes).ToListAsync()));
        Assert.Equal((ReviewState.Pending, 1), (batch.State, batch.Changes.Count));

        static async Task ExecuteAsync(SqliteConnection connection, string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task Batches_pending_before_the_fingerprint_migrate_and_a_fingerprint_is_then_unique_among_pending_batches()
    {
        var folder = Path.Combine(Path.GetTempPath(), "centcomtracker-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var services = DatabaseServices.Create(("ConnectionStrings:Tracker", $"Data Source={Path.Combine(folder, "tracker.db")}"));
            await PendingBatchesMigrateAndFingerprintsAreUniqueWhilePendingAsync(services);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Two pending batches alike, as the race could leave them, migrate as they are (without a fingerprint); from then on
    /// the database refuses a second pending batch with the same fingerprint, and only a pending one.
    /// </summary>
    internal static async Task PendingBatchesMigrateAndFingerprintsAreUniqueWhilePendingAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_ReviewBatchFingerprint", StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(before);
        for (var i = 0; i < 2; i++)
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"ReviewBatches\" (\"CreatedAt\", \"AuthorName\", \"State\") VALUES ({0}, {1}, 'Pending')", DateTime.UtcNow, Alice);
        }

        await db.Database.MigrateAsync();
        Assert.Equal([null, null], await db.ReviewBatches.AsNoTracking().Select(b => b.Fingerprint).ToListAsync());

        ReviewBatch Batch(ReviewState state) => new() { CreatedAt = DateTime.UtcNow, AuthorName = Alice, State = state, Fingerprint = new string('a', 64) };
        db.ReviewBatches.AddRange(Batch(ReviewState.Pending), Batch(ReviewState.Approved), Batch(ReviewState.Rejected));
        await db.SaveChangesAsync();
        db.ReviewBatches.Add(Batch(ReviewState.Pending));
        Assert.True((await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())).IsUniqueViolation());
    }

    internal static async Task<T> ActAsync<T>(TrackerFactory factory, string actor, Func<TrackerDbContext, ReviewQueue, Task<T>> act)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditContext>().ActAs(actor);
        return await act(scope.ServiceProvider.GetRequiredService<TrackerDbContext>(), scope.ServiceProvider.GetRequiredService<ReviewQueue>());
    }
}
