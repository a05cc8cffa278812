namespace CentcomTracker.Web.Data;

/// <summary>
/// A dated event the time-series charts mark ("2024-01-03: Kerman bombings"), with the source and the sentence that
/// reported it, like a figure. Written through the same audited save (<see cref="AuditTrail"/>).
/// </summary>
public sealed class Annotation : IEditable
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>The marker's label in English.</summary>
    public required string Text { get; set; }

    /// <summary>The label on Arabic pages; the English is shown (marked as English) when there is none.</summary>
    public string? TextAr { get; set; }

    /// <summary>IQ or SY; null when the event concerns both (or the mission as a whole).</summary>
    public string? TheatreCode { get; set; }

    public int SourceId { get; set; }
    public Source? Source { get; set; }

    /// <summary>The sentence that reported the event, in the source's language.</summary>
    public required string Quote { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public Annotation Apply(InputRules.ValidAnnotation valid, int sourceId)
    {
        (Date, Text, TextAr, TheatreCode, Quote, SourceId) = (valid.Date, valid.Text, valid.TextAr, valid.Theatre, valid.Quote, sourceId);
        return this;
    }

    /// <summary>Shown where <paramref name="theatre"/> is drawn: an event of both theatres everywhere, one of Iraq where Iraq (or Iraq and Syria) is.</summary>
    public static bool Concerns(string? annotationTheatre, string theatre, IReadOnlyList<string> members) =>
        annotationTheatre is null || annotationTheatre == theatre || members.Contains(annotationTheatre);
}
