namespace CentcomTracker.Web.Pages.Figures;

/// <summary>What another editor saved while this one was editing: the current figure (null if deleted) and its last audit entry.</summary>
public sealed record FigureConflict(Figure? Current, AuditEntry? LastChange)
{
    public static async Task<FigureConflict> LoadAsync(TrackerDbContext db, int id, CancellationToken cancellationToken)
    {
        var current = await db.Figures.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AuditEntity.Figure && a.EntityId == id)
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return new FigureConflict(current, last);
    }

    public string Message(IStringLocalizer text) => (Current, LastChange) switch
    {
        (null, _) => text["Another editor deleted this figure while you were editing it. Nothing was saved."],
        ({ } now, { } change) => text["Another editor ({0}) saved this figure at {1} while you were editing it: its value is now {2}. Your changes were not saved; they are still in the form. Compare, then save again to replace that value.",
            change.UserName, Editing.Timestamp(change.At), Display.Value(new QualifiedValue(now.Value, now.Qualifier))],
        ({ } now, null) => text["This figure was changed while you were editing it: its value is now {0}. Your changes were not saved; they are still in the form. Compare, then save again to replace that value.",
            Display.Value(new QualifiedValue(now.Value, now.Qualifier))],
    };
}
