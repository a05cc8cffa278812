using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A part of a sum: one month of a year, or one country of a combined theatre.")]
public sealed record PartDto(
    string Theatre, string Period, long? Value, string? Qualifier, string How, CoverageDto? Coverage,
    [property: Description("The figures this part rests on; their details are in the enclosing object's figures.")] IReadOnlyList<int> FigureIds,
    [property: Description("What other sources give for this part (e.g. another June figure), with their figures and quotes.")] IReadOnlyList<AlternativeDto> Alternatives);
