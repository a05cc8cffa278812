using System.ComponentModel;
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
    public static ExtractionDto From(ExtractionResult result, string? language) => new(
        language ?? result.Language,
        result.Candidates.Take(QuoteWindow.MaxListed).Select(c =>
        {
            var (quote, span) = QuoteWindow.Around(c.Quote, c.Sentence, c.Number);
            return new ExtractedFigureDto(c.Metric, c.Theatre, c.Period.Label, c.Value, c.Qualifier.Code(), quote,
                span.Start, span.Length, c.Number.Start, c.Number.Length, c.Notes);
        }).ToList(),
        result.Unplaced.Take(QuoteWindow.MaxListed).Select(u =>
        {
            var (quote, span) = QuoteWindow.Around(u.Quote, u.Sentence, u.Number);
            return new UnplacedNumberDto(u.Value, u.Qualifier.Code(), u.Reason, quote, span.Start, span.Length, u.Number.Start, u.Number.Length);
        }).ToList(),
        result.Candidates.Count,
        result.Unplaced.Count);
}
