using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("One change to one source.")]
public sealed record SourceChangeDto(
    [property: Description("The data version it belongs to (null for changes recorded before versions were numbered).")] long? Version,
    DateTime At,
    [property: Description("added or changed.")] string Change,
    int SourceId,
    [property: Description("The source before the change; null when added.")] SourceStateDto? Before,
    [property: Description("The source after the change.")] SourceStateDto? After,
    string? Reason);
