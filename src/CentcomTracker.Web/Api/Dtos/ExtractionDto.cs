using System.ComponentModel;
using CentcomTracker.Web.Domain;
using CentcomTracker.Web.Domain.Extraction;

namespace CentcomTracker.Web.Api;

[Description("The candidate figures found in a text, and the numbers that could not be placed.")]
public sealed record ExtractionDto(
    [property: Description("en or ar: as given, or found from the text.")] string Language,
    [property: Description("The first 200 candidates, in the order of the text.")] IReadOnlyList<ExtractedFigureDto> Candidates,
    [property: Description("The first 200 numbers that could not be placed, in the order of the text.")] IReadOnlyList<UnplacedNumberDto> Unplaced,
    [property: Description("Candidates found in all, listed or not.")] int CandidateCount,
    [property: Description("Numbers not placed in all, listed or not.")] int UnplacedCount)
{
    /// <summary>
    /// At most this many candidates, and as many unplaced numbers, are listed: a release has a few dozen numbers, and a
    /// text of nothing but numbers must not become an answer of hundreds of megabytes.
    /// </summary>
    public const int MaxListed = 200;

    public static ExtractionDto From(ExtractionResult result, string? language) => new(
        language ?? result.Language,
        result.Candidates.Take(MaxListed).Select(c =>
        {
            var (quote, start, length) = QuoteAround(c.Quote, c.Sentence, c.Number);
            return new ExtractedFigureDto(c.Metric, c.Theatre, c.Period.Label, c.Value, c.Qualifier.Code(), quote,
                start, length, c.Number.Start, c.Number.Length, c.Notes);
        }).ToList(),
        result.Unplaced.Take(MaxListed).Select(u =>
        {
            var (quote, start, length) = QuoteAround(u.Quote, u.Sentence, u.Number);
            return new UnplacedNumberDto(u.Value, u.Qualifier.Code(), u.Reason, quote, start, length, u.Number.Start, u.Number.Length);
        }).ToList(),
        result.Candidates.Count,
        result.Unplaced.Count);

    /// <summary>
    /// The sentence, or, when it is longer than a figure's quote may be (<see cref="InputRules.MaxQuote"/>), the part of it
    /// of that length around the number: still exactly as written, and still where start and length say.
    /// </summary>
    private static (string Quote, int Start, int Length) QuoteAround(string sentence, TextSpan span, TextSpan number)
    {
        if (sentence.Length <= InputRules.MaxQuote) return (sentence, span.Start, span.Length);
        var offset = Math.Clamp(number.Start - span.Start - (InputRules.MaxQuote - number.Length) / 2, 0, sentence.Length - InputRules.MaxQuote);
        var length = InputRules.MaxQuote;
        if (offset > 0 && char.IsLowSurrogate(sentence[offset])) { offset--; }
        if (char.IsHighSurrogate(sentence[offset + length - 1])) { length--; }
        return (sentence.Substring(offset, length), span.Start + offset, length);
    }
}
