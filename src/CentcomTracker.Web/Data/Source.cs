namespace CentcomTracker.Web.Data;

/// <summary>A document that reported figures.</summary>
public sealed class Source : IEditable
{
    public int Id { get; set; }
    public required string Publisher { get; set; }

    /// <summary>The publisher's name as the Arabic interface shows it; the name as published when none is given.</summary>
    public string? PublisherAr { get; set; }

    /// <summary>
    /// The series of releases the source's figures belong to ("centcom" for CENTCOM's releases and the reports that
    /// relay them, "bbc-monitoring"): figures of one series compare like for like. Null: a series of its own.
    /// </summary>
    public string? Series { get; set; }

    public required string Title { get; set; }
    public string? Url { get; set; }

    /// <summary>Publication date: a day, or a month where only the month is known (stored as a period).</summary>
    public DateOnly PublishedStart { get; set; }
    public DateOnly PublishedEnd { get; set; }

    public Period Published
    {
        get => Period.Between(PublishedStart, PublishedEnd);
        set => (PublishedStart, PublishedEnd) = (value.Start, value.End);
    }

    /// <summary>BCP 47 language of the source and its quotes: "en", "ar".</summary>
    public required string Language { get; set; }
    public SourceTier Tier { get; set; }
    public string? Note { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<Figure> Figures { get; set; } = [];

    /// <summary>Takes the checked fields of a form or an import row.</summary>
    public Source Apply(InputRules.ValidSource valid)
    {
        (Publisher, Title, Url, Published) = (valid.Publisher, valid.Title, valid.Url, valid.Published);
        (Language, Tier, Note) = (valid.Language, valid.Tier, valid.Note);
        return this;
    }

    public static Source From(InputRules.ValidSource valid) =>
        new Source { Publisher = valid.Publisher, Title = valid.Title, Language = valid.Language }.Apply(valid);
}
