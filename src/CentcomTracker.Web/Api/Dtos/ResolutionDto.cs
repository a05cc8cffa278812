using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("What a metric is in a theatre over a period, and how that is known.")]
public sealed record ResolutionDto(
    string Metric,
    string Theatre,
    string Period,
    [property: Description("Null when nobody reported it: never 0.")] long? Value,
    [property: Description("exact, about, more-than, at-least or less-than; null with a null value.")] string? Qualifier,
    [property: Description("reported, summed-over-time, summed-over-members, level or not-reported.")] string How,
    [property: Description("For sums: how much of the period the parts cover.")] CoverageDto? Coverage,
    [property: Description("For levels: the date (period label) of the value.")] string? AsOf,
    [property: Description("A level carried forward: dated before the period, within the metric's horizon.")] bool IsStale,
    [property: Description("The figures the value rests on, with source and quote.")] IReadOnlyList<FigureDto> Figures,
    IReadOnlyList<PartDto> Parts,
    IReadOnlyList<AlternativeDto> Alternatives,
    IReadOnlyList<ReconciliationDto> Reconciliations,
    [property: Description("For a level carried forward from before the period (within the metric's horizon): the date it is carried from.")] string? CarriedForwardFrom,
    [property: Description("For a level not reported for the period: the last figure known by its end, offered beside the null value.")] LastKnownDto? LastKnown,
    [property: Description("Wholes smaller than one of their parts, involving this value.")] IReadOnlyList<InconsistencyDto> Inconsistencies,
    [property: Description("How many parts the value has; parts lists the first " + ResolutionMapping.ListedText + " in period order (the same cap applies to the parts of alternatives and reconciliations).")] int PartsTotal,
    [property: Description("How many figures the value rests on; figures lists those of the listed parts, at most " + ResolutionMapping.ListedText + ".")] int FiguresTotal,
    [property: Description("How many reconciliations the value has (a sum carries one for each total reported inside its period); reconciliations lists the value's own first, then those of totals inside it, at most " + ResolutionMapping.ListedReconciliationsText + "; the breakdown gives every one.")] int ReconciliationsTotal,
    [property: Description("When parts, figures or reconciliations are cut short: the series request (GET /api/series/{metric}) giving every part of the period, bucket by bucket, with its figures and reconciliations. For a period over 600 years, the years that hold its figures; null when even those are over 600.")] string? Breakdown);
