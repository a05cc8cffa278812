namespace CentcomTracker.Web.Domain;

/// <summary>
/// One reported number: metric × theatre × period × value × qualifier × source. A peak ("down from the peak of
/// over 70,000 in 2019") describes a maximum, not the level at a date: it is shown as a peak and never carried forward.
/// </summary>
public sealed record ReportedFigure(
    int Id,
    string Metric,
    string Theatre,
    Period Period,
    long Value,
    Qualifier Qualifier,
    SourceInfo Source,
    bool IsPeak = false)
{
    public QualifiedValue Qualified => new(Value, Qualifier);
}
