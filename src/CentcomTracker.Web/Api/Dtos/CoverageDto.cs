using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("How much of the period a sum covers. A partial sum is never scaled up.")]
public sealed record CoverageDto(
    int CoveredDays, int TotalDays,
    [property: Description("Counted in calendar months when the period and every part are whole months; otherwise null.")] int? CoveredMonths,
    int? TotalMonths,
    bool IsComplete);
