using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A whole and one of its parts within a series bucket that do not belong together: a whole smaller than its part, or a part from a source whose own whole differs (then PartSourceWholeValue gives that whole).")]
public sealed record SeriesInconsistencyDto(
    [property: Description("whole-smaller-than-part or part-of-another-whole.")] string Kind,
    string WholeTheatre, long WholeValue, string WholeQualifier, string PartTheatre, long PartValue, string PartQualifier,
    long? PartSourceWholeValue, string? PartSourceWholeQualifier,
    IReadOnlyList<int> FigureIds);
