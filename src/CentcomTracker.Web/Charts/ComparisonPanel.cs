namespace CentcomTracker.Web.Charts;

/// <summary>
/// What the shared comparison partial (<c>_Comparison.cshtml</c>) needs: the comparison, the words, the page's
/// footnotes, theatre names, and how this page links to the same view with another baseline (null: the default).
/// </summary>
public sealed record ComparisonPanel(Comparison Comparison, Wording Words, Footnotes Footnotes, Func<string, string> TheatreName,
    Func<string?, string> BaselineLink);
