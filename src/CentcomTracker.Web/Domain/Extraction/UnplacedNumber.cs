namespace CentcomTracker.Web.Domain.Extraction;

/// <summary>A number the extractor could not place (a percentage, a peak, a part of a total, no metric…); never guessed.</summary>
public sealed record UnplacedNumber(
    long? Value,
    Qualifier Qualifier,
    string Reason,
    string Quote,
    TextSpan Sentence,
    TextSpan Number);
