using System.ComponentModel;
using CentcomTracker.Web.Domain.Extraction;

namespace CentcomTracker.Web.Api;

[Description("The candidate figures found in a text, and the numbers that could not be placed.")]
public sealed record ExtractionDto(
    [property: Description("en or ar: as given, or found from the text.")] string Language,
    IReadOnlyList<ExtractedFigureDto> Candidates,
    IReadOnlyList<UnplacedNumberDto> Unplaced)
{
    public static ExtractionDto From(ExtractionResult result, string? language) => new(
        language ?? result.Language,
        result.Candidates.Select(c => new ExtractedFigureDto(c.Metric, c.Theatre, c.Period.Label, c.Value, c.Qualifier.Code(), c.Quote,
            c.Sentence.Start, c.Sentence.Length, c.Number.Start, c.Number.Length, c.Notes)).ToList(),
        result.Unplaced.Select(u => new UnplacedNumberDto(u.Value, u.Qualifier.Code(), u.Reason, u.Quote,
            u.Sentence.Start, u.Sentence.Length, u.Number.Start, u.Number.Length)).ToList());
}
