namespace CentcomTracker.Web.Data;

/// <summary>
/// A figure an approval would leave reporting a period that begins after its source's date
/// (<see cref="FigureRules.PublicationError"/>): the figure (null for one the batch creates), what it reports, and the
/// source's date as the approval would leave it.
/// </summary>
public sealed record PublicationBreach(int? FigureId, string Metric, string Theatre, Period Period, Period Published)
{
    /// <summary>The rule's own message for this figure's period and the source's date.</summary>
    public Message Message => FigureRules.PublicationError(Period, Published)!;
}
