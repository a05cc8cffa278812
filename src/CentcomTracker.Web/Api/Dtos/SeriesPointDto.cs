using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("One bucket of a series: the resolved value for that month, quarter, half or year.")]
public sealed record SeriesPointDto(
    string Period,
    [property: Description("Null when nobody reported it (a gap), never 0.")] long? Value,
    string? Qualifier,
    string How,
    CoverageDto? Coverage,
    string? AsOf,
    bool IsStale,
    [property: Description("The figures behind the value: GET /api/figures/{id} for source and quote.")] IReadOnlyList<int> FigureIds,
    [property: Description("Reconciliations of the value and of the parts it was summed from (a year built on a tally, and the tally's months), so a year and its quarters never disagree silently.")] IReadOnlyList<SeriesReconciliationDto> Reconciliations,
    [property: Description("Wholes smaller than one of their parts for this bucket: e.g. Iraq and Syria 121 against Iraq 141.")] IReadOnlyList<SeriesInconsistencyDto> Inconsistencies,
    [property: Description("For a level not reported for the bucket: the last figure known by its end (value, date, peak).")] SeriesLastKnownDto? LastKnown);
