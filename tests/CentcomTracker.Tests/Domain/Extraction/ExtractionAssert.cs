using CentcomTracker.Web.Domain;
using CentcomTracker.Web.Domain.Extraction;

namespace CentcomTracker.Tests.Domain.Extraction;

/// <summary>Candidates as compact lines ("operations IQ+SY 2024-H1 196 exact") so a failure shows the whole difference.</summary>
internal static class ExtractionAssert
{
    public static string Line(CandidateFigure c) => $"{c.Metric} {c.Theatre} {c.Period.Label} {c.Value} {c.Qualifier.Code()}";

    public static ExtractionResult Extract(string text, string published, string? title = null) =>
        ReleaseExtractor.Extract(text, Period.Parse(published), title);

    /// <summary>Exactly these figures, no more; each quote and number cut from the text exactly as written.</summary>
    public static ExtractionResult Finds(string text, string published, string? title, params string[] expected)
    {
        var result = Extract(text, published, title);
        Assert.Equal(expected.Order(StringComparer.Ordinal), result.Candidates.Select(Line).Order(StringComparer.Ordinal));
        foreach (var candidate in result.Candidates)
        {
            Assert.Equal(candidate.Quote, candidate.Sentence.Of(text));
            Assert.InRange(candidate.Number.Start, candidate.Sentence.Start, candidate.Sentence.End - candidate.Number.Length);
            Assert.False(string.IsNullOrWhiteSpace(candidate.Number.Of(text)));
        }

        return result;
    }

    public static void Unplaced(ExtractionResult result, params string[] expected) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal),
            result.Unplaced.Select(u => $"{u.Reason} {u.Value} {u.Qualifier.Code()}").Order(StringComparer.Ordinal));
}
