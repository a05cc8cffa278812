namespace CentcomTracker.Web.Data;

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
