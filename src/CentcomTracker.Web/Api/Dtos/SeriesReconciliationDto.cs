using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A reconciliation inside a series bucket, the bucket's own or one of its parts': a reported total against the sum of its parts.")]
public sealed record SeriesReconciliationDto(
    string Period, string Kind, long Reported, string ReportedQualifier, long Sum, string SumQualifier, long Difference,
    [property: Description("How far the difference is known (see ReconciliationDto); null when both are bounds on the same side.")] string? DifferenceQualifier, string Agreement,
    CoverageDto? Coverage);
