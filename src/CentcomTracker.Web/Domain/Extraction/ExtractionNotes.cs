namespace CentcomTracker.Web.Domain.Extraction;

/// <summary>
/// Why an extracted figure needs a closer look: something the sentence did not say was taken from around it.
/// Codes are stable (the API and the release form use them).
/// </summary>
public static class ExtractionNotes
{
    /// <summary>The sentence names no place; the figure is taken as the whole mission's (Iraq and Syria), or Syria for the camps.</summary>
    public const string TheatreAssumed = "theatre-assumed";

    /// <summary>The sentence names no period; it is the one of an earlier figure, a short heading, or the source's title.</summary>
    public const string PeriodFromContext = "period-from-context";

    /// <summary>The period ends after the source was published ("in 2023" written in August 2023): the figure may cover less.</summary>
    public const string PeriodNotOver = "period-not-over";
}
