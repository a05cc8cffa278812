using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A figure the text appears to report, for an editor to confirm.")]
public sealed record ExtractedFigureDto(
    string Metric,
    string Theatre,
    [property: Description("A period label; a level's is the day (or month) of publication.")] string Period,
    long Value,
    string Qualifier,
    [property: Description("The sentence, exactly as written.")] string Quote,
    [property: Description("Where the sentence starts in the text posted (UTF-16 code units).")] int Start,
    int Length,
    [property: Description("Where the number starts in the text posted.")] int NumberStart,
    int NumberLength,
    [property: Description("theatre-assumed, period-from-context, period-not-over: what the editor should check.")] IReadOnlyList<string> Notes);
