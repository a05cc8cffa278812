namespace CentcomTracker.Web.Domain.Extraction;

/// <summary>A stretch of the input text: the first character's index and the number of characters.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public string Of(string text) => text.Substring(Start, Length);
}

/// <summary>
/// Why an extracted figure needs a closer look: something the sentence did not say was taken from around it.
/// Codes are stable (the API and the release form use them).
/// </summary>
public static class ExtractionNotes
{
    /// <summary>The sentence names no place; the figure is taken as the whole mission's (Iraq and Syria), or Syria for the camps.</summary>
    public const string TheatreAssumed = "theatre-assumed";

    /// <summary>The sentence names no period; it is the one of an earlier figure, a short heading, or the source's title.</summary>
    public const string PeriodFromContext = "period-from-context";

    /// <summary>The period ends after the source was published ("in 2023" written in August 2023): the figure may cover less.</summary>
    public const string PeriodNotOver = "period-not-over";
}

/// <summary>Why a number was not turned into a candidate. Codes are stable.</summary>
public static class UnplacedReasons
{
    public const string Percentage = "percentage";
    public const string Peak = "peak";
    public const string Breakdown = "breakdown";
    public const string NoMetric = "no-metric";
    public const string NoPeriod = "no-period";
    public const string NotWhole = "not-whole";
    public const string TooLarge = "too-large";
}

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

/// <summary>A number the extractor could not place (a percentage, a peak, a part of a total, no metric…); never guessed.</summary>
public sealed record UnplacedNumber(
    long? Value,
    Qualifier Qualifier,
    string Reason,
    string Quote,
    TextSpan Sentence,
    TextSpan Number);

public sealed record ExtractionResult(string Language, IReadOnlyList<CandidateFigure> Candidates, IReadOnlyList<UnplacedNumber> Unplaced);
