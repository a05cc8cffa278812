using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("Where: a country, a combined theatre whose members add up to it (IQ+SY = IQ + SY), or a sub-region with a parent.")]
public sealed record TheatreDto(
    string Code,
    LocalizedText Name,
    [property: Description("The theatre this sub-region belongs to, if any.")] string? Parent,
    [property: Description("The theatres whose sum this combined theatre is; empty for a country.")] IReadOnlyList<string> Members,
    int DisplayOrder);
