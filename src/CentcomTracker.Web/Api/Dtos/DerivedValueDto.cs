using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A value computed from resolved values, naming its formula and inputs. Rounded to 4 decimal places.")]
public sealed record DerivedValueDto(
    decimal Value,
    string? Qualifier,
    [property: Description("How it was computed, e.g. 'b × 12 ÷ 6 months'.")] string Formula,
    IReadOnlyList<DerivedInputDto> Inputs);
