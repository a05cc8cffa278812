using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A level not reported for the period (older than the horizon, or a peak), offered beside the null value.")]
public sealed record LastKnownDto(
    string AsOf, long Value, string Qualifier,
    [property: Description("A maximum or record, not a level at a date.")] bool IsPeak,
    IReadOnlyList<FigureDto> Figures);
