
namespace CentcomTracker.Web.Data;

public enum MetricCategory { IsisActivity, CounterIsisOperations, DetentionAndCamps }

/// <summary>What is counted. The code is stable: it appears in URLs, the API and CSV files.</summary>
public sealed class Metric
{
    public required string Code { get; set; }
    public MetricKind Kind { get; set; }
    public required string NameEn { get; set; }
    public required string NameAr { get; set; }
    public required string UnitEn { get; set; }
    public required string UnitAr { get; set; }
    public string? DescriptionEn { get; set; }
    public string? DescriptionAr { get; set; }
    public MetricCategory Category { get; set; }
    public int DisplayOrder { get; set; }
}

/// <summary>Where: a country, a combined theatre whose members add up to it, or a sub-region with a parent.</summary>
public sealed class Theatre
{
    public required string Code { get; set; }
    public required string NameEn { get; set; }
    public required string NameAr { get; set; }
    public string? ParentCode { get; set; }
    public int DisplayOrder { get; set; }
    public List<TheatreMember> Members { get; set; } = [];
}

/// <summary>Membership of a combined theatre: IQ and SY are the members of IQ+SY.</summary>
public sealed class TheatreMember
{
    public required string TheatreCode { get; set; }
    public required string MemberCode { get; set; }
}

/// <summary>What the write path (<see cref="AuditTrail"/>) stamps on a figure or a source.</summary>
public interface IEditable
{
    int Id { get; }
    Guid Version { get; set; }
    DateTime CreatedAt { get; set; }
    DateTime UpdatedAt { get; set; }
}

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

/// <summary>One reported number with the exact words that reported it.</summary>
public sealed class Figure : IEditable
{
    public int Id { get; set; }
    public required string MetricCode { get; set; }
    public Metric? Metric { get; set; }
    public required string TheatreCode { get; set; }
    public Theatre? Theatre { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public long Value { get; set; }
    public Qualifier Qualifier { get; set; }

    /// <summary>A maximum or record ("the peak of over 70,000 in 2019"), not the level at a date: never carried forward.</summary>
    public bool IsPeak { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }

    /// <summary>The exact sentence, in the source's language.</summary>
    public required string Quote { get; set; }

    /// <summary>An English rendering of a quote in another language.</summary>
    public string? Translation { get; set; }
    public string? Note { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public Period Period
    {
        get => Period.Between(PeriodStart, PeriodEnd);
        set => (PeriodStart, PeriodEnd) = (value.Start, value.End);
    }

    /// <summary>A figure from the checked fields of a form, a release's cell or an import row.</summary>
    public static Figure From(InputRules.ValidFigure valid) =>
        new Figure { MetricCode = valid.Metric, TheatreCode = valid.Theatre, Quote = valid.Quote }.Apply(valid);

    public Figure Apply(InputRules.ValidFigure valid)
    {
        (MetricCode, TheatreCode, Period, Value, Qualifier) = (valid.Metric, valid.Theatre, valid.Period, valid.Value, valid.Qualifier);
        (Quote, Translation, Note, IsPeak) = (valid.Quote, valid.Translation, valid.Note, valid.IsPeak);
        return this;
    }
}

/// <summary>A seed set applied to this database; each is applied once, so an editor's deletion is not undone.</summary>
public sealed class SeedRun
{
    public required string Name { get; set; }
    public DateTime AppliedAt { get; set; }
}

/// <summary>
/// One row whose number the database itself raises (by triggers, see the DataVersion migration) whenever a figure,
/// source, metric or theatre is inserted, changed or deleted — by this app, another instance or a hand-written SQL fix.
/// Caches compare it instead of trusting clocks or row counts.
/// </summary>
public sealed class DataVersion
{
    public int Id { get; set; }
    public long Version { get; set; }
}
