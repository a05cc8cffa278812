using System.Security.Cryptography;
using System.Text.Json;

namespace CentcomTracker.Web.Data;

/// <summary>
/// Four eyes: with <c>Review:Required</c> (the default), an editor's save becomes a pending <see cref="ReviewBatch"/>
/// instead of a change to the figures, and a different editor approves (applied through the normal write path, so
/// the audit trail and the data version record it) or rejects it. Pages change entities as before and submit here.
/// </summary>
public sealed class ReviewQueue(TrackerDbContext db, AuditContext audit, IConfiguration configuration, TimeProvider clock)
{
    public bool Required => configuration.GetValue("Review:Required", true);

    /// <summary>Saves the tracked changes, or, when review is required, proposes them; <c>Pending</c> is the batch then.</summary>
    public async Task<(SaveResult Saved, ReviewBatch? Pending)> SubmitAsync(CancellationToken cancellationToken)
    {
        if (!Required)
        {
            return (await SaveCheckedAsync(cancellationToken), null);
        }

        // A proposal is refused as a save would be when another editor changed the row after this one loaded it:
        // otherwise the reviewer would see a change from a value its author never saw.
        if (ChangedSinceLoaded())
        {
            db.ChangeTracker.Clear();
            return (SaveResult.ChangedMeanwhile, null);
        }

        return (SaveResult.Saved, await ProposeAsync(cancellationToken));
    }

    /// <summary>
    /// Saves at once, checking the publication rule again on the data as the save leaves it, in the save's own
    /// transaction (the sources held on PostgreSQL, the one writer's lock on SQLite): the page's check, made before,
    /// could pass while another editor moves the source's date earlier, as an approval re-checks a batch.
    /// </summary>
    private async Task<SaveResult> SaveCheckedAsync(CancellationToken cancellationToken)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        db.ChangeTracker.DetectChanges();
        var sources = db.ChangeTracker.Entries<Source>().Where(e => e.State == EntityState.Modified).Select(e => e.Entity.Id)
            .Concat(db.ChangeTracker.Entries<Figure>().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity.SourceId))
            .Where(id => id > 0);
        await LockSourcesAsync(sources, cancellationToken);
        if (await PublicationBreachAsync(cancellationToken) is { } breach)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Breaching(breach);
        }

        var saved = await db.TrySaveChangesAsync(cancellationToken);
        if (saved.Ok && transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    /// <summary>A changed or deleted row whose version, as the page expects it, is no longer the one in the database.</summary>
    private bool ChangedSinceLoaded() =>
        db.ChangeTracker.Entries<IEditable>()
            .Where(e => e.State is EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Property(nameof(IEditable.Version)))
            .Any(version => !Equals(version.OriginalValue, version.CurrentValue));

    /// <summary>
    /// Turns the tracked changes to figures and sources into one pending batch; the data stays as it was. A source's
    /// correction is reviewed too: its tier or date decides which source's value the dashboard shows.
    /// </summary>
    public async Task<ReviewBatch?> ProposeAsync(CancellationToken cancellationToken)
    {
        var actor = audit.Actor ?? throw new InvalidOperationException("A proposal needs a signed-in editor.");
        db.ChangeTracker.DetectChanges();
        var batch = new ReviewBatch
        {
            CreatedAt = clock.GetUtcNow().UtcDateTime, AuthorName = actor.Name, AuthorId = actor.Id, State = ReviewState.Pending,
            Reason = string.IsNullOrWhiteSpace(audit.Reason) ? null : audit.Reason.Trim(),
        };
        var sources = new Dictionary<Source, int>(ReferenceEqualityComparer.Instance);
        foreach (var entry in db.ChangeTracker.Entries<IEditable>().Where(e => e.State is not (EntityState.Unchanged or EntityState.Detached))
                     .OrderBy(e => e.Entity is Figure).ToList())
        {
            var change = new ProposedChange { Seq = batch.Changes.Count, EntityType = entry.Entity is Figure ? AuditEntity.Figure : AuditEntity.Source };
            switch (entry.Entity, entry.State)
            {
                case (Source source, EntityState.Added):
                    sources[source] = change.Seq;
                    (change.Action, change.After) = (AuditAction.Create, AuditSnapshots.Snapshot(source));
                    break;
                case (Figure figure, EntityState.Added):
                    (change.Action, change.After) = (AuditAction.Create, AuditSnapshots.Snapshot(figure));
                    change.SourceRef = figure.Source is { } named && sources.TryGetValue(named, out var seq) ? seq : null;
                    break;
                case (Source source, EntityState.Modified):
                    (change.Action, change.TargetId, change.ExpectedVersion) = (AuditAction.Update, source.Id, (Guid)entry.Property(nameof(IEditable.Version)).OriginalValue!);
                    (change.Before, change.After) = (AuditSnapshots.Snapshot((Source)entry.OriginalValues.ToObject()), AuditSnapshots.Snapshot(source));
                    if (change.Before == change.After) continue;
                    break;
                case (Figure figure, EntityState.Modified or EntityState.Deleted):
                    change.Action = entry.State == EntityState.Deleted ? AuditAction.Delete : AuditAction.Update;
                    (change.TargetId, change.ExpectedVersion) = (figure.Id, (Guid)entry.Property(nameof(IEditable.Version)).OriginalValue!);
                    change.Before = AuditSnapshots.Snapshot((Figure)entry.OriginalValues.ToObject());
                    change.After = change.Action == AuditAction.Update ? AuditSnapshots.Snapshot(figure) : null;
                    if (change.Before == change.After) continue;
                    break;
                default:
                    throw new InvalidOperationException($"Review covers figures and sources, not a {entry.State} {entry.Entity.GetType().Name}.");
            }

            batch.Changes.Add(change);
        }

        db.ChangeTracker.Clear();
        if (batch.Changes.Count == 0)
        {
            return null;
        }

        batch.Fingerprint = Fingerprint(batch);
        if (await SamePendingAsync(batch.Fingerprint, cancellationToken) is { } same)
        {
            return same;
        }

        db.ReviewBatches.Add(batch);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return batch;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // The same proposal, posted at the same moment, was written between the look-up and this insert: the
            // fingerprint's unique index refused this one, which is folded into that one.
            db.ChangeTracker.Clear();
            if (await SamePendingAsync(batch.Fingerprint, cancellationToken) is { } first)
            {
                return first;
            }

            throw;
        }
    }

    /// <summary>
    /// The pending batch proposing exactly these changes, on the same versions, by the same author for the same reason:
    /// a form posted twice (a double click, the browser's resend, a replay) or a file imported twice proposes nothing
    /// new, and the reviewer has one batch to decide. Two posts at the very same moment both find none; the database
    /// refuses the second one's insert (<see cref="ReviewBatch.Fingerprint"/>).
    /// </summary>
    private Task<ReviewBatch?> SamePendingAsync(string fingerprint, CancellationToken cancellationToken) =>
        db.ReviewBatches.AsNoTracking().FirstOrDefaultAsync(b => b.State == ReviewState.Pending && b.Fingerprint == fingerprint, cancellationToken);

    /// <summary>A SHA-256 of the author, the reason and every change in order, each field delimited (JSON), in hex.</summary>
    private static string Fingerprint(ReviewBatch batch) => Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new
    {
        batch.AuthorName, batch.AuthorId, batch.Reason,
        Changes = batch.Changes.Select(c => new
        {
            EntityType = c.EntityType.ToString(), Action = c.Action.ToString(), c.TargetId, c.ExpectedVersion, c.SourceRef, c.Before, c.After,
        }),
    })));

    /// <summary>
    /// Applies a pending batch, all or nothing, as the signed-in reviewer; never the author's own. It is checked and
    /// written in one transaction, so what the checks read is what the batch is applied to; <c>Breach</c> names the
    /// figure when the publication rule refuses it.
    /// </summary>
    public async Task<(ReviewOutcome Outcome, PublicationBreach? Breach)> ApproveAsync(long id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (batch, refused) = await DecidableAsync(id, cancellationToken);
        if (batch is null)
        {
            return (refused, null);
        }

        await LockSourcesAsync(batch.Changes.Select(c =>
            c.EntityType == AuditEntity.Source ? c.TargetId : c.SourceRef is null ? AuditSnapshots.ReadFigure(c.After)?.SourceId : null).OfType<int>(),
            cancellationToken);
        var created = new Dictionary<int, Source>();
        foreach (var change in batch.Changes.OrderBy(c => c.Seq))
        {
            var outcome = await StageAsync(change, created, cancellationToken);
            if (outcome != ReviewOutcome.Done)
            {
                db.ChangeTracker.Clear();
                return (outcome, null);
            }
        }

        if (await PublicationBreachAsync(cancellationToken) is { } breach)
        {
            db.ChangeTracker.Clear();
            return (ReviewOutcome.PeriodAfterPublication, breach);
        }

        Decide(batch, ReviewState.Approved);
        // The reason is public (the list of changes, a figure's history, the feed): it names no editor. Who proposed
        // the change stays with the batch, which only editors see.
        var reason = "Approved change" + (batch.Reason is { } why ? $": {why}" : "");
        audit.Reason = reason.Length <= Limits.Note ? reason : reason[..Limits.Note];
        var saved = await db.TrySaveChangesAsync(cancellationToken);
        if (!saved.Ok)
        {
            return (saved.Conflict ? ReviewOutcome.ChangedMeanwhile : ReviewOutcome.Duplicate, null);
        }

        await transaction.CommitAsync(cancellationToken);
        return (ReviewOutcome.Done, null);
    }

    /// <summary>
    /// Holds, until the save or approval commits, the sources it re-dates or gives figures to, so that two writes
    /// touching one source take turns and the second checks the publication rule against what the first wrote.
    /// PostgreSQL locks the rows; SQLite's transaction already holds the database's one writer lock from its start.
    /// </summary>
    private async Task LockSourcesAsync(IEnumerable<int> sources, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        var ids = sources.Distinct().Order().ToArray();
        if (ids.Length > 0)
        {
            await db.Database.ExecuteSqlAsync(
                $"SELECT 1 FROM \"Sources\" WHERE \"Id\" = ANY({ids}) ORDER BY \"Id\" FOR NO KEY UPDATE", cancellationToken);
        }
    }

    /// <summary>
    /// The rule a figure meets when it is written — its period has begun by its source's date — checked again on the
    /// data as the staged batch would leave it. Each proposal was checked when made, but another batch approved since
    /// may have moved a source's date earlier, or given a figure to a source this batch dates earlier.
    /// </summary>
    private async Task<PublicationBreach?> PublicationBreachAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var figures = db.ChangeTracker.Entries<Figure>().ToList();
        var written = figures.Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        var redated = db.ChangeTracker.Entries<Source>().Where(e => e.State == EntityState.Modified).ToDictionary(e => e.Entity.Id, e => e.Entity.Published);
        bool OfNewSource(Figure f) => f.Source is { } source && db.Entry(source).State == EntityState.Added;

        // A figure's source is one the batch creates, one it re-dates, or one as it is stored.
        var storedIds = written.Select(e => e.Entity).Where(f => !OfNewSource(f) && !redated.ContainsKey(f.SourceId)).Select(f => f.SourceId).Distinct().ToList();
        var stored = await db.Sources.AsNoTracking().Where(s => storedIds.Contains(s.Id))
            .Select(s => new { s.Id, s.PublishedStart, s.PublishedEnd })
            .ToDictionaryAsync(s => s.Id, s => Period.Between(s.PublishedStart, s.PublishedEnd), cancellationToken);
        foreach (var entry in written)
        {
            var figure = entry.Entity;
            var published = OfNewSource(figure) ? figure.Source!.Published
                : redated.TryGetValue(figure.SourceId, out var date) || stored.TryGetValue(figure.SourceId, out date) ? date
                : (Period?)null;
            if (published is { } by && FigureRules.PublicationError(figure.Period, by) is not null)
            {
                return new PublicationBreach(entry.State == EntityState.Added ? null : figure.Id, figure.MetricCode, figure.TheatreCode, figure.Period, by);
            }
        }

        // The stored figures of a re-dated source, but for those the batch changes or deletes (checked above, or gone).
        var staged = figures.Where(e => e.State is EntityState.Modified or EntityState.Deleted).Select(e => e.Entity.Id).ToArray();
        foreach (var (sourceId, published) in redated)
        {
            if (await db.Figures.AsNoTracking().FirstBeginningAfterAsync(sourceId, published, staged, cancellationToken) is { } later)
            {
                return new PublicationBreach(later.Id, later.MetricCode, later.TheatreCode, later.Period, published);
            }
        }

        return null;
    }

    /// <summary>Closes a pending batch without changing any figure; the reason is kept with it.</summary>
    public async Task<ReviewOutcome> RejectAsync(long id, string reason, CancellationToken cancellationToken)
    {
        var (batch, refused) = await DecidableAsync(id, cancellationToken);
        if (batch is null)
        {
            return refused;
        }

        Decide(batch, ReviewState.Rejected);
        batch.RejectReason = reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return ReviewOutcome.Done;
    }

    private async Task<(ReviewBatch? Batch, ReviewOutcome Refused)> DecidableAsync(long id, CancellationToken cancellationToken)
    {
        var batch = await db.ReviewBatches.Include(b => b.Changes).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        var actor = audit.Actor;
        return batch switch
        {
            null => (null, ReviewOutcome.NotFound),
            { State: not ReviewState.Pending } => (null, ReviewOutcome.AlreadyDecided),
            _ when actor is null || batch.IsAuthor(actor.Value.Id, actor.Value.Name) => (null, ReviewOutcome.OwnChange),
            _ => (batch, ReviewOutcome.Done),
        };
    }

    private void Decide(ReviewBatch batch, ReviewState state)
    {
        var actor = audit.Actor!.Value;
        (batch.State, batch.ReviewerName, batch.ReviewerId, batch.ReviewedAt) = (state, actor.Name, actor.Id, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>Puts one change into the tracker, checking the figure it targets is still the one the author saw.</summary>
    private async Task<ReviewOutcome> StageAsync(ProposedChange change, Dictionary<int, Source> created, CancellationToken cancellationToken)
    {
        if (change.EntityType == AuditEntity.Source && change.Action == AuditAction.Create)
        {
            var source = Apply(new Source { Publisher = "", Title = "", Language = "" }, AuditSnapshots.ReadSource(change.After)!);
            created[change.Seq] = source;
            db.Sources.Add(source);
            return ReviewOutcome.Done;
        }

        if (change.EntityType == AuditEntity.Source)
        {
            var corrected = await db.Sources.FirstOrDefaultAsync(s => s.Id == change.TargetId, cancellationToken);
            if (corrected is null || corrected.Version != change.ExpectedVersion) return ReviewOutcome.ChangedMeanwhile;
            Apply(corrected, AuditSnapshots.ReadSource(change.After)!);
            db.ExpectVersion(corrected, change.ExpectedVersion!.Value);
            return ReviewOutcome.Done;
        }

        var after = AuditSnapshots.ReadFigure(change.After);
        if (change.Action == AuditAction.Create)
        {
            var figure = Apply(new Figure { MetricCode = "", TheatreCode = "", Quote = "" }, after!);
            if (change.SourceRef is { } seq) (figure.SourceId, figure.Source) = (0, created[seq]);
            else if (!await db.Sources.AnyAsync(s => s.Id == figure.SourceId, cancellationToken)) return ReviewOutcome.SourceGone;
            db.Figures.Add(figure);
            return ReviewOutcome.Done;
        }

        var target = await db.Figures.FirstOrDefaultAsync(f => f.Id == change.TargetId, cancellationToken);
        if (target is null || target.Version != change.ExpectedVersion)
        {
            return ReviewOutcome.ChangedMeanwhile;
        }

        if (after is null) db.Figures.Remove(target);
        else if (after.SourceId != target.SourceId && !await db.Sources.AnyAsync(s => s.Id == after.SourceId, cancellationToken)) return ReviewOutcome.SourceGone;
        else Apply(target, after);
        db.ExpectVersion(target, change.ExpectedVersion!.Value);
        return ReviewOutcome.Done;
    }

    private static Figure Apply(Figure figure, AuditSnapshots.FigureSnapshot s)
    {
        (figure.MetricCode, figure.TheatreCode, figure.Period, figure.Value) = (s.Metric, s.Theatre, Period.Parse(s.Period), s.Value);
        (figure.Qualifier, figure.SourceId, figure.Quote, figure.Translation) = (Qualifiers.Parse(s.Qualifier), s.SourceId, s.Quote, s.Translation);
        (figure.Note, figure.IsPeak) = (s.Note, s.IsPeak);
        return figure;
    }

    private static Source Apply(Source source, AuditSnapshots.SourceSnapshot s)
    {
        (source.Publisher, source.PublisherAr, source.Series, source.Title, source.Url) = (s.Publisher, s.PublisherAr, s.Series, s.Title, s.Url);
        (source.Published, source.Language, source.Note) = (Period.Parse(s.Published), s.Language, s.Note);
        source.Tier = DomainCodes.TryParseTier(s.Tier, out var tier) ? tier : SourceTier.Secondary;
        return source;
    }
}
