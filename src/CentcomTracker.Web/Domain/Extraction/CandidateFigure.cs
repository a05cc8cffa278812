namespace CentcomTracker.Web.Domain.Extraction;

/// <summary>
/// A figure the text appears to report, for an editor to confirm: metric × theatre × period × value × qualifier, and
/// where it was written (the sentence, which is the quote, and the number within it).
/// </summary>
public sealed record CandidateFigure(
    string Metric,
    string Theatre,
    Period Period,
    long Value,
    Qualifier Qualifier,
    string Quote,
    TextSpan Sentence,
    TextSpan Number,
    IReadOnlyList<string> Notes);
