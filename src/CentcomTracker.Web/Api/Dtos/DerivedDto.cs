using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("Derived values of a comparison; each is null when it does not apply (a partial sum, a level, equal lengths...).")]
public sealed record DerivedDto(
    [property: Description("b − a, when both are complete.")] DerivedValueDto? Change,
    [property: Description("(b − a) ÷ a × 100.")] DerivedValueDto? PercentChange,
    [property: Description("a per 30 days, when the periods differ in length.")] DerivedValueDto? RatePer30DaysA,
    [property: Description("b per 30 days, when the periods differ in length.")] DerivedValueDto? RatePer30DaysB,
    [property: Description("Change in the 30-day rate, in percent.")] DerivedValueDto? RateChangePercent,
    [property: Description("b annualised, when b is a count over less than a year.")] DerivedValueDto? Pace,
    [property: Description("Pace ÷ a, when a is a calendar year: 'on pace for 2.5 × 2023'.")] DerivedValueDto? PaceRatio,
    [property: Description("Pace ÷ each other source's value for a, annualised first when it covers part of the year.")] IReadOnlyList<DerivedValueDto> AlternativePaceRatios,
    [property: Description("Whether a and b are like for like (same source or series of releases, equal lengths, neither period inside the other, both complete) and their qualifiers tell the change (two lower bounds do not): only then are change and percentChange given.")] bool Comparable,
    [property: Description("Why not, most telling first: not-reported, different-sources, one-contains-the-other, periods-overlap, different-lengths, partial, same-report, stale-level or bounds-only (both values bound the same side, so the change cannot be told); null when comparable.")] string? Reason,
    [property: Description("Every reason that applies, in the same order.")] IReadOnlyList<string> Reasons,
    [property: Description("The reasons in English words, naming the sources and lengths; null when comparable.")] string? ReasonText,
    [property: Description("When a and b come from different sources: the same source's values for both periods, compared by the same rules.")] LikeForLikeDto? LikeForLike,
    [property: Description("The value for a that pace ratios are set against, how it was chosen, and the others that may be chosen with baseline=.")] BaselineDto? Baseline);
