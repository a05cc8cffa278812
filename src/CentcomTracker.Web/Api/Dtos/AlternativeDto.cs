using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("What another source (or another way of summing) gives for the same metric, theatre and period.")]
public sealed record AlternativeDto(
    string Period, long? Value, string? Qualifier, string How, CoverageDto? Coverage,
    IReadOnlyList<PartDto> Parts, IReadOnlyList<FigureDto> Figures,
    [property: Description("repeats (a relay of the same statement), agrees, differs-in-precision (a relay that rounds or drops a qualifier: consistent, not a conflict) or conflicts.")] string Relation,
    [property: Description("True when the app computed the value from the source's parts (how is a sum): the source never printed it.")] bool Computed);
