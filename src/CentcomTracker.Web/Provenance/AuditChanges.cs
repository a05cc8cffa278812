namespace CentcomTracker.Web.Provenance;

/// <summary>Turns an entry's before/after snapshots into "value: 66 → 70", field by field, in the reader's language.</summary>
public static class AuditChanges
{
    public static AuditRow Describe(AuditEntry entry, Func<string, string> metricName, Func<string, string> theatreName, Func<int, string> sourceName) =>
        new(entry, Of(entry.EntityType, entry.Before, entry.After, metricName, theatreName, sourceName));

    /// <summary>
    /// The fields two snapshots of one entity differ in (every field of a created or deleted one): an audit entry, or a
    /// change still awaiting review.
    /// </summary>
    public static IReadOnlyList<AuditChange> Of(AuditEntity entity, string? before, string? after,
        Func<string, string> metricName, Func<string, string> theatreName, Func<int, string> sourceName) => entity switch
    {
        AuditEntity.Figure => Figure(AuditSnapshots.ReadFigure(before), AuditSnapshots.ReadFigure(after), metricName, theatreName, sourceName),
        AuditEntity.Annotation => Annotation(AuditSnapshots.ReadAnnotation(before), AuditSnapshots.ReadAnnotation(after), theatreName, sourceName),
        _ => Source(AuditSnapshots.ReadSource(before), AuditSnapshots.ReadSource(after)),
    };

    /// <summary>Where the entity an entry describes is shown (a deleted annotation leaves its place in the list empty).</summary>
    public static string Href(AuditEntry entry) => entry.EntityType switch
    {
        AuditEntity.Figure => $"/figures/{entry.EntityId}",
        AuditEntity.Annotation => $"/annotations#annotation-{entry.EntityId}",
        _ => $"/sources/{entry.EntityId}",
    };

    /// <summary>"figure #{0}", "source #{0}", "annotation #{0}": the English key of the entity's name in the views' resources.</summary>
    public static string NameKey(AuditEntity entity) => entity switch
    {
        AuditEntity.Figure => "figure #{0}",
        AuditEntity.Annotation => "annotation #{0}",
        _ => "source #{0}",
    };

    /// <summary>The source ids an entry mentions, so a page can name them all with one query.</summary>
    public static IEnumerable<int> SourceIds(AuditEntry entry)
    {
        if (entry.EntityType == AuditEntity.Source)
        {
            yield return entry.EntityId;
        }
        else if (entry.EntityType == AuditEntity.Annotation)
        {
            if (AuditSnapshots.ReadAnnotation(entry.Before) is { } before) yield return before.SourceId;
            if (AuditSnapshots.ReadAnnotation(entry.After) is { } after) yield return after.SourceId;
        }
        else
        {
            if (AuditSnapshots.ReadFigure(entry.Before) is { } before) yield return before.SourceId;
            if (AuditSnapshots.ReadFigure(entry.After) is { } after) yield return after.SourceId;
        }
    }

    private static IReadOnlyList<AuditChange> Figure(AuditSnapshots.FigureSnapshot? before, AuditSnapshots.FigureSnapshot? after,
        Func<string, string> metricName, Func<string, string> theatreName, Func<int, string> sourceName)
    {
        var changes = new List<AuditChange>();
        Compare(changes, "Metric", before, after, f => metricName(f.Metric));
        Compare(changes, "Theatre", before, after, f => theatreName(f.Theatre));
        Compare(changes, "Period", before, after, f => Period.TryParse(f.Period, out var p) ? Display.Period(p) : f.Period);
        Compare(changes, "Value", before, after, f => Display.Number(f.Value));
        Compare(changes, "Qualifier", before, after, f => Qualifiers.TryParse(f.Qualifier, out var q) ? Display.QualifierName(q) : f.Qualifier);
        Compare(changes, "Source", before, after, f => sourceName(f.SourceId));
        Compare(changes, "Exact quote", before, after, f => f.Quote);
        Compare(changes, "English rendering", before, after, f => f.Translation);
        Compare(changes, "Note", before, after, f => f.Note);
        Compare(changes, "Peak", before, after, f => f.IsPeak ? "✓" : null);
        return changes;
    }

    private static IReadOnlyList<AuditChange> Annotation(AuditSnapshots.AnnotationSnapshot? before, AuditSnapshots.AnnotationSnapshot? after,
        Func<string, string> theatreName, Func<int, string> sourceName)
    {
        var changes = new List<AuditChange>();
        Compare(changes, "Date", before, after, a => Period.TryParse(a.Date, out var p) ? Display.Period(p) : a.Date);
        Compare(changes, "Event", before, after, a => a.Text);
        Compare(changes, "Event in Arabic", before, after, a => a.TextAr);
        Compare(changes, "Theatre", before, after, a => a.Theatre is null ? null : theatreName(a.Theatre));
        Compare(changes, "Source", before, after, a => sourceName(a.SourceId));
        Compare(changes, "Exact quote", before, after, a => a.Quote);
        return changes;
    }

    private static IReadOnlyList<AuditChange> Source(AuditSnapshots.SourceSnapshot? before, AuditSnapshots.SourceSnapshot? after)
    {
        var changes = new List<AuditChange>();
        Compare(changes, "Publisher", before, after, s => s.Publisher);
        Compare(changes, "Title", before, after, s => s.Title);
        Compare(changes, "Web address", before, after, s => s.Url);
        Compare(changes, "Published", before, after, s => Period.TryParse(s.Published, out var p) ? Display.Period(p) : s.Published);
        Compare(changes, "Language", before, after, s => s.Language);
        Compare(changes, "Tier", before, after, s => s.Tier);
        Compare(changes, "Series", before, after, s => s.Series);
        Compare(changes, "Publisher in Arabic", before, after, s => s.PublisherAr);
        Compare(changes, "Note", before, after, s => s.Note);
        return changes;
    }

    /// <summary>A created entity lists what it was created with, a deleted one what it held; an edit lists only what differs.</summary>
    private static void Compare<T>(List<AuditChange> changes, string field, T? before, T? after, Func<T, string?> read) where T : class
    {
        var was = before is null ? null : read(before);
        var now = after is null ? null : read(after);
        if (was != now)
        {
            changes.Add(new AuditChange(field, was, now));
        }
    }
}
