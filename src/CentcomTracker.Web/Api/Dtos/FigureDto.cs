using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("One reported number, with its source and the exact sentence that reported it.")]
public sealed record FigureDto(
    int Id,
    string Metric,
    string Theatre,
    [property: Description("Period label: 2023, 2024-H1, 2024-Q1, 2024-06, 2024-07-16 or 2024-08-29..2024-11-04.")] string Period,
    long Value,
    [property: Description("exact, about, more-than, at-least or less-than.")] string Qualifier,
    [property: Description("The exact sentence, in the source's language.")] string Quote,
    [property: Description("An English rendering of a quote in another language, when given.")] string? Translation,
    string? Note,
    SourceRefDto Source,
    [property: Description("A maximum or record ('the peak of over 70,000 in 2019'), not a level at a date: never carried forward.")] bool IsPeak = false);
