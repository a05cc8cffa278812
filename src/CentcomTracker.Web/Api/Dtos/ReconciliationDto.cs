using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A reported total set against the sum of its parts: 'reported 196 = Iraq 137 + Syria 59'.")]
public sealed record ReconciliationDto(
    [property: Description("The span the reported total covers: the value's period, or a span inside it when a sum carries the check of a total reported for part of its period (2023's operations: the January–July tally of 279 against its months).")] string Period,
    [property: Description("summed-over-time or summed-over-members.")] string Kind,
    long Reported, string ReportedQualifier,
    long Sum, string SumQualifier,
    [property: Description("Reported minus the sum.")] long Difference,
    [property: Description("How far the difference is known, as qualifiers travel: exact 121 reported against a sum of at least 253 is a difference of at most −132 (at-most). exact, about, more-than, at-least, less-than or at-most; null when both are bounds on the same side.")] string? DifferenceQualifier,
    [property: Description("matches, consistent (qualifiers leave room for each other) or differs.")] string Agreement,
    IReadOnlyList<PartDto> Parts,
    IReadOnlyList<FigureDto> Figures,
    [property: Description("How much of the period the parts cover; a partial sum is 'at least' and says how many of how many.")] CoverageDto? Coverage);
