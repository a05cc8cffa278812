using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A whole and one of its parts for the same metric and period (a combined theatre and a member, or a sub-region and its parent) that do not belong together, both shown: a whole smaller than its part, or a part from a source whose own whole differs from the whole shown.")]
public sealed record InconsistencyDto(
    [property: Description("whole-smaller-than-part, or part-of-another-whole (the part's source reports the whole differently: two accounts are mixed).")] string Kind,
    PartDto Whole,
    PartDto Part,
    [property: Description("For part-of-another-whole: the whole as the part's own source reports it.")] PartDto? PartSourceWhole,
    [property: Description("The figures behind the values, with sources and quotes.")] IReadOnlyList<FigureDto> Figures);
