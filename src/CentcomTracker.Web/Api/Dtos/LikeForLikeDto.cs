using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("The like-for-like alternative to a comparison across different sources: one source's (or series') values for both periods.")]
public sealed record LikeForLikeDto(
    [property: Description("The series of releases (or source) both values come from, e.g. bbc-monitoring.")] string Series,
    DerivedInputDto A,
    DerivedInputDto B,
    [property: Description("Country by country, when both values add up countries.")] IReadOnlyList<MemberPairDto> ByMember,
    [property: Description("Derived values of this pair, by the same rules (rates when its lengths or coverage differ).")] DerivedDto Derived);
