namespace CentcomTracker.Web.Charts;

/// <summary>
/// An event marked on a time-series chart. <see cref="Position"/> places it on a chart whose categories are months
/// (the month's index, plus how far into the month the day falls); a chart over dates places it by its date.
/// </summary>
public sealed record ChartAnnotation(AnnotationRow Row, double? Position)
{
    /// <summary>The label in the page's language; the English when no Arabic was given (then marked lang="en").</summary>
    public string Text => Culture.IsArabic && Row.TextAr is { } arabic ? arabic : Row.Text;

    public bool TextIsEnglish => !Culture.IsArabic || Row.TextAr is null;
}
