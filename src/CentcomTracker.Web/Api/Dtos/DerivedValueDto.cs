using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A value computed from resolved values, naming its formula and inputs. Rounded to 4 decimal places.")]
public sealed record DerivedValueDto(
    decimal Value,
    [property: Description("exact, about, more-than, at-least, less-than or at-most; at-most only here, for a difference or ratio against an \"at least\" number (100 against at least 85 is a change of at most +15).")] string? Qualifier,
    [property: Description("How it was computed, e.g. 'b × 12 ÷ 6 months'.")] string Formula,
    IReadOnlyList<DerivedInputDto> Inputs);
