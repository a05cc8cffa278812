namespace CentcomTracker.Web.Domain;

/// <summary>Why no raw change (absolute or %) is given between two values: they are not like for like, or their qualifiers leave it unknown.</summary>
public enum ComparisonReason
{
    /// <summary>One side (or both) was not reported.</summary>
    NotReported,

    /// <summary>Different sources or series of releases: BBC Monitoring's 2022 count against AP's 2023 figure.</summary>
    DifferentSources,

    /// <summary>One period contains the other: 2024-Q1 inside 2024-H1.</summary>
    Contains,

    /// <summary>The periods overlap without one containing the other.</summary>
    Overlaps,

    /// <summary>Periods of different length: 12 months against 6.</summary>
    DifferentLengths,

    /// <summary>A sum that covers only part of its period would understate the change.</summary>
    Partial,

    /// <summary>A level: the same report stands for both periods, so there is no change to speak of.</summary>
    SameReport,

    /// <summary>A level whose latest figure predates its period.</summary>
    StaleLevel,

    /// <summary>
    /// Both values are bounds on the same side (more than 45,000, then more than 43,000): the change between them
    /// could be a fall or a rise of any size, so no number stands for it.
    /// </summary>
    BoundsOnly,
}
