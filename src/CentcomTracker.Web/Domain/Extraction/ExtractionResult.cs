namespace CentcomTracker.Web.Domain.Extraction;

public sealed record ExtractionResult(string Language, IReadOnlyList<CandidateFigure> Candidates, IReadOnlyList<UnplacedNumber> Unplaced);
