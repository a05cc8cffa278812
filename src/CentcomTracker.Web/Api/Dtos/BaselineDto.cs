using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("The baseline for a that a pace is set against.")]
public sealed record BaselineDto(
    [property: Description("The key to pass as baseline= to choose this value: a series key (centcom, bbc-monitoring) or source-{id}.")] string Key,
    DerivedInputDto Value,
    [property: Description("True when baseline= chose it; false when it is the default.")] bool Chosen,
    [property: Description("What baseline= asked for, when given.")] string? Requested,
    [property: Description("Why the default is the default: covers-whole-period, more-direct-source, newer-source or preferred.")] string? DefaultReason,
    [property: Description("Every value for a that may be chosen, the one used included.")] IReadOnlyList<BaselineOptionDto> Options);
