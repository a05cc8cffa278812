using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("One change to one figure.")]
public sealed record FigureChangeDto(
    [property: Description("The data version it belongs to (null for changes recorded before versions were numbered).")] long? Version,
    DateTime At,
    [property: Description("added, changed or deleted.")] string Change,
    int FigureId,
    [property: Description("The figure before the change; null when added.")] FigureStateDto? Before,
    [property: Description("The figure after the change; null when deleted.")] FigureStateDto? After,
    string? Reason);
