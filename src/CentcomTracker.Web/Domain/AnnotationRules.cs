namespace CentcomTracker.Web.Domain;

/// <summary>
/// The rules for an annotation: a dated event ("2024-01-03: Kerman bombings") drawn on the time-series charts. Like a
/// figure, it keeps the sentence that reported it; the form checks that its source exists.
/// </summary>
public static partial class InputRules
{
    /// <summary>A marker's label is read on a chart: a few words, not a paragraph (the quote holds the rest).</summary>
    public const int MaxAnnotationText = 200;

    /// <summary>The theatres an event may be placed in; none means both (it is drawn whichever is shown).</summary>
    public static readonly IReadOnlyList<string> AnnotationTheatres = ["IQ", "SY"];

    public sealed record AnnotationInput(string? Date, string? Text, string? TextAr, string? Theatre, string? Quote);

    public sealed record ValidAnnotation(DateOnly Date, string Text, string? TextAr, string? Theatre, string Quote);

    public static (ValidAnnotation? Annotation, IReadOnlyList<FieldError> Errors) CheckAnnotation(AnnotationInput input)
    {
        var errors = new List<FieldError>();

        var day = default(Period);
        var date = Digits.ToLatin(input.Date?.Trim() ?? "");
        if (Refused(errors, "date", input.Date)) { }
        else if (date.Length == 0) errors.Add(new("date", "Enter the day of the event (yyyy-MM-dd)."));
        else if (!Domain.Period.TryParse(date, out day) || day.Kind != PeriodKind.Day) errors.Add(new("date", "\"{0}\" is not a day: use yyyy-MM-dd.", input.Date ?? ""));
        else if (FigureRules.DateError(day) is { } dateError) errors.Add(new("date", dateError));

        var text = input.Text?.Trim() ?? "";
        if (text.Length == 0) errors.Add(new("text", "Describe the event in a few words."));
        CheckText(errors, "text", input.Text, text, MaxAnnotationText);
        var textAr = Optional(input.TextAr);
        CheckText(errors, "textAr", input.TextAr, textAr, MaxAnnotationText);

        var theatre = Optional(input.Theatre);
        if (Refused(errors, "theatre", input.Theatre)) { }
        else if (theatre is not null && !AnnotationTheatres.Contains(theatre))
            errors.Add(new("theatre", "\"{0}\" is not a theatre for an event: use {1}, or leave it blank for both.", theatre, string.Join(", ", AnnotationTheatres)));

        var quote = input.Quote?.Trim() ?? "";
        if (quote.Length == 0) errors.Add(new("quote", "Paste the sentence that reported the event."));
        CheckText(errors, "quote", input.Quote, quote, MaxQuote);

        return errors.Count > 0 ? (null, errors) : (new ValidAnnotation(day.Start, text, textAr, theatre, quote), errors);
    }
}
