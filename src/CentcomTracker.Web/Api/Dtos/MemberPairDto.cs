using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("One country's values in a like-for-like pair: Iraq 401 → 141.")]
public sealed record MemberPairDto(string Theatre, long? A, long? B, CoverageDto? CoverageB);
