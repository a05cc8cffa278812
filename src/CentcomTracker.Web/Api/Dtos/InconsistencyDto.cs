using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A whole smaller than one of its parts for the same metric and period (a combined theatre and a member, or a sub-region and its parent): an inconsistency between sources, both shown.")]
public sealed record InconsistencyDto(
    [property: Description("whole-smaller-than-part.")] string Kind,
    PartDto Whole,
    PartDto Part,
    [property: Description("The figures behind both values, with sources and quotes.")] IReadOnlyList<FigureDto> Figures);
