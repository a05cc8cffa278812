using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("An input of a derived value.")]
public sealed record DerivedInputDto(
    [property: Description("a, b, pace, baseline, rate-a or rate-b.")] string Name,
    string? Period,
    decimal Value,
    string? Qualifier,
    string? How,
    CoverageDto? Coverage,
    IReadOnlyList<int> SourceIds);
