using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace CentcomTracker.Web.Data;

/// <summary>
/// The one write path: every save stamps and version-checks the figures and sources it writes and audits each change
/// (actor and reason from <see cref="AuditContext"/>), all under one numbered data version (<see cref="Revision"/>); new
/// rows are audited by a second save in the same transaction.
/// </summary>
public sealed class AuditTrail(AuditContext audit) : SaveChangesInterceptor
{
    private sealed record Created(DateTime At, List<IEditable> Rows, IDbContextTransaction? OwnTransaction);

    // Between a save that inserted rows and the second save that audits them.
    private Created? created;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (created is null && Stamp(eventData.Context!) is { } inserted)
        {
            var database = eventData.Context!.Database;
            created = inserted with { OwnTransaction = database.CurrentTransaction is null ? database.BeginTransaction() : null };
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (created is null && Stamp(eventData.Context!) is { } inserted)
        {
            var database = eventData.Context!.Database;
            created = inserted with { OwnTransaction = database.CurrentTransaction is null ? await database.BeginTransactionAsync(cancellationToken) : null };
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take() is { } inserted)
        {
            using var transaction = inserted.OwnTransaction;
            AddEntries(eventData.Context!, inserted);
            eventData.Context!.SaveChanges();
            transaction?.Commit();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take() is { } inserted)
        {
            await using var transaction = inserted.OwnTransaction;
            AddEntries(eventData.Context!, inserted);
            await eventData.Context!.SaveChangesAsync(cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    // A failed save rolls back the transaction it opened: nothing of it, audit included, is kept.
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take()?.OwnTransaction?.Dispose();

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Take()?.OwnTransaction is { } transaction) await transaction.DisposeAsync();
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Take()?.OwnTransaction?.Dispose();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Take()?.OwnTransaction is { } transaction) await transaction.DisposeAsync();
    }

    private Created? Take()
    {
        var taken = created;
        created = null;
        return taken;
    }

    /// <summary>Stamps and audits changes and deletions; returns the inserted rows still to audit, if any.</summary>
    private Created? Stamp(DbContext context)
    {
        if (!audit.InOneChange) audit.Revision = null;
        context.ChangeTracker.DetectChanges();
        var now = audit.Now;
        var inserted = new List<IEditable>();
        foreach (var entry in context.ChangeTracker.Entries<IEditable>().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    Set(entry, nameof(IEditable.CreatedAt), now);
                    Set(entry, nameof(IEditable.UpdatedAt), now);
                    inserted.Add(entry.Entity);
                    break;
                case EntityState.Modified:
                    Set(entry, nameof(IEditable.UpdatedAt), now);
                    Set(entry, nameof(IEditable.Version), Guid.NewGuid());
                    var before = Snapshot(entry.OriginalValues.ToObject());
                    var after = Snapshot(entry.Entity);
                    if (before != after) Add(context, AuditAction.Update, entry.Entity, before, after, now);
                    break;
                case EntityState.Deleted:
                    Add(context, AuditAction.Delete, entry.Entity, Snapshot(entry.OriginalValues.ToObject()), null, now);
                    break;
            }
        }

        return inserted.Count > 0 && audit.Actor is not null ? new Created(now, inserted, null) : null;
    }

    private void AddEntries(DbContext context, Created inserted)
    {
        foreach (var row in inserted.Rows.OrderBy(r => r is Figure))  // a new source before the figures it reports
        {
            Add(context, AuditAction.Create, row, null, Snapshot(row), inserted.At);
        }
    }

    private void Add(DbContext context, AuditAction action, IEditable row, string? before, string? after, DateTime at)
    {
        if (Entry(context, audit, action, row, before, after, at) is { } entry) context.Set<AuditEntry>().Add(entry);
    }

    /// <summary>The audit entry of one change, counted in the change's data version (null without an actor).</summary>
    private static AuditEntry? Entry(DbContext context, AuditContext audit, AuditAction action, IEditable row, string? before, string? after, DateTime at)
    {
        if (audit.Actor is not { } actor)
        {
            return null;
        }

        var entity = row switch { Figure => AuditEntity.Figure, Annotation => AuditEntity.Annotation, _ => AuditEntity.Source };
        var reason = string.IsNullOrWhiteSpace(audit.Reason) ? null : audit.Reason.Trim();
        if (audit.Revision is null)
        {
            audit.Revision = new Revision { At = at, UserName = actor.Name, UserId = actor.Id, Reason = reason };
            context.Set<Revision>().Add(audit.Revision);
        }
        else if (context.Entry(audit.Revision).State == EntityState.Detached)
        {
            context.Attach(audit.Revision);  // an earlier save of the same change, its tracker since cleared
        }

        audit.Revision.Count(action, entity);
        return new AuditEntry
        {
            At = at, UserName = actor.Name, UserId = actor.Id, Action = action, EntityType = entity,
            EntityId = row.Id, Before = before, After = after, Reason = reason, Revision = audit.Revision,
        };
    }

    /// <summary>
    /// Many new rows at once (an import), in the caller's transaction: stamped and audited as a save would, under the
    /// change's one data version, but written through prepared inserts, a row and its audit entry at a time — the
    /// change tracker costs about a tenth of a millisecond a row and holds every row until the save.
    /// </summary>
    public static async Task CreateAllAsync<T>(DbContext context, AuditContext audit, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class, IEditable
    {
        var now = audit.Now;
        using var change = audit.OneChange();
        await using var insertRow = new PreparedInsert<T>(context);
        await using var insertEntry = new PreparedInsert<AuditEntry>(context);
        var written = 0;
        foreach (var row in rows)
        {
            BulkGarbage.AfterRow(++written, audit.OutsideRequest);
            (row.CreatedAt, row.UpdatedAt) = (now, now);
            await insertRow.InsertAsync(row, cancellationToken);
            if (Entry(context, audit, AuditAction.Create, row, null, Snapshot(row), now) is not { } entry)
            {
                continue;
            }

            if (audit.Revision!.Id == 0)
            {
                await context.SaveChangesAsync(cancellationToken);  // the data version's number, for its entries
            }

            (entry.RevisionId, entry.Revision) = (audit.Revision.Id, null);
            await insertEntry.InsertAsync(entry, cancellationToken);
        }

        await context.SaveChangesAsync(cancellationToken);  // the data version's counts
    }

    private static void Set(EntityEntry entry, string property, object value) => entry.Property(property).CurrentValue = value;

    private static string Snapshot(object row) => row switch
    {
        Figure figure => AuditSnapshots.Snapshot(figure),
        Source source => AuditSnapshots.Snapshot(source),
        Annotation annotation => AuditSnapshots.Snapshot(annotation),
        _ => throw new InvalidOperationException($"No audit snapshot for {row.GetType().Name}."),
    };
}
