namespace CentcomTracker.Web.Domain.Extraction;

/// <summary>
/// What a reader is shown of the sentence a number came from: the sentence, or, when it is longer than a figure's quote
/// may be (<see cref="InputRules.MaxQuote"/>), the part of it of that length around the number. Still exactly as written.
/// A text of nothing but numbers is one sentence: shown whole with each of its numbers, 64 KB became hundreds of
/// megabytes.
/// </summary>
public static class QuoteWindow
{
    /// <summary>At most this many found or unplaced numbers are listed, each with its sentence; the rest are counted.</summary>
    public const int MaxListed = 200;

    /// <summary>The quote to show and where it stands in the text.</summary>
    public static (string Quote, TextSpan Span) Around(string sentence, TextSpan span, TextSpan number)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Length <= InputRules.MaxQuote) return (sentence, span);
        var offset = Math.Clamp(number.Start - span.Start - (InputRules.MaxQuote - number.Length) / 2, 0, sentence.Length - InputRules.MaxQuote);
        var length = InputRules.MaxQuote;
        if (offset > 0 && char.IsLowSurrogate(sentence[offset])) offset--;
        if (char.IsHighSurrogate(sentence[offset + length - 1])) length--;
        return (sentence.Substring(offset, length), new TextSpan(span.Start + offset, length));
    }
}
