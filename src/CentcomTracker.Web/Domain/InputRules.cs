namespace CentcomTracker.Web.Domain;

/// <summary>
/// The rules every way of writing a figure or a source obeys — forms, the release grid, CSV import and the
/// import command — so they accept and refuse exactly the same things. Field names are the CSV column names.
/// </summary>
public static partial class InputRules
{
    public const int MaxName = 200;
    public const int MaxTitle = 400;
    public const int MaxUrl = 2048;
    public const int MaxNote = 2000;
    public const int MaxQuote = 4000;
    public const int MaxLanguage = 16;

    public sealed record FigureInput(
        string? Metric, string? Theatre, string? Period, string? Value, string? Qualifier,
        string? Quote, string? Translation, string? Note, string? Peak = null, string? ValueConfirmed = null);

    /// <summary>A figure's fields checked and parsed; <paramref name="metricKinds"/> holds the known metrics and their kinds.</summary>
    public sealed record ValidFigure(string Metric, string Theatre, Period Period, long Value, Qualifier Qualifier,
        string Quote, string? Translation, string? Note, bool IsPeak = false);

    /// <summary>How a peak flag may be written (CSV column "peak", form checkbox): blank or false, or true.</summary>
    public static bool TryParsePeak(string? text, out bool peak)
    {
        var t = text?.Trim().ToLowerInvariant() ?? "";
        peak = t is "true" or "yes" or "1" or "peak";
        return peak || t is "" or "false" or "no" or "0";
    }

    /// <summary>
    /// How an editor's confirmation that the quote states the value, where the tracker cannot read it there (a number
    /// in words it does not know), may be written (CSV column "value_confirmed", form checkbox): blank or false, or true.
    /// </summary>
    public static bool TryParseConfirmed(string? text, out bool confirmed)
    {
        var t = text?.Trim().ToLowerInvariant() ?? "";
        confirmed = t is "true" or "yes" or "1";
        return confirmed || t is "" or "false" or "no" or "0";
    }

    public sealed record SourceInput(string? Publisher, string? Title, string? Url, string? Published, string? Language, string? Tier, string? Note);

    public sealed record ValidSource(string Publisher, string Title, string? Url, Period Published, string Language, SourceTier Tier, string? Note);

    /// <summary>
    /// <paramref name="published"/> is the publication date of the figure's source, when it is known (a new source
    /// whose own date is refused is not): the period must have begun by then.
    /// </summary>
    public static (ValidFigure? Figure, IReadOnlyList<FieldError> Errors) CheckFigure(
        FigureInput input, IReadOnlyDictionary<string, MetricKind> metricKinds, IReadOnlyCollection<string> theatres, Period? published = null)
    {
        var errors = new List<FieldError>();

        var metric = input.Metric?.Trim() ?? "";
        MetricKind? kind = null;
        if (Refused(errors, "metric", input.Metric)) { }
        else if (metric.Length == 0) errors.Add(new("metric", "Choose a metric."));
        else if (!metricKinds.TryGetValue(metric, out var k)) errors.Add(new("metric", "\"{0}\" is not a metric: use {1}.", metric, string.Join(", ", metricKinds.Keys)));
        else kind = k;

        var theatre = input.Theatre?.Trim() ?? "";
        if (Refused(errors, "theatre", input.Theatre)) { }
        else if (theatre.Length == 0) errors.Add(new("theatre", "Choose a theatre."));
        else if (!theatres.Contains(theatre)) errors.Add(new("theatre", "\"{0}\" is not a theatre: use {1}.", theatre, string.Join(", ", theatres)));

        Period period = default;
        if (Refused(errors, "period", input.Period)) { }
        else if (!Domain.Period.TryParseExplained(input.Period, out period, out var periodError)) errors.Add(new("period", periodError));
        else if ((kind is { } known ? FigureRules.PeriodError(known, period) : FigureRules.DateError(period)) is { } periodRuleError) errors.Add(new("period", periodRuleError));
        else if (published is { } date && FigureRules.PublicationError(period, date) is { } publicationError) errors.Add(new("period", publicationError));

        long? value = null;
        var valueText = Digits.ToLatin(input.Value?.Trim() ?? "");
        if (Refused(errors, "value", input.Value)) { }
        else if (valueText.Length == 0) errors.Add(new("value", "Enter the number the source reported."));
        else if (!System.Numerics.BigInteger.TryParse(valueText, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var whole))
            errors.Add(new("value", "\"{0}\" is not a whole number: write it without separators, e.g. 9000.", input.Value ?? ""));
        else if (FigureRules.ValueError(whole) is { } valueError) errors.Add(new("value", valueError));
        else value = (long)whole;

        var qualifier = Domain.Qualifier.Exact;
        if (Refused(errors, "qualifier", input.Qualifier)) { }
        else if (!string.IsNullOrWhiteSpace(input.Qualifier) && !Qualifiers.TryParse(input.Qualifier, out qualifier))
            errors.Add(new("qualifier", "\"{0}\" is not a qualifier: use {1}.", input.Qualifier, string.Join(", ", Qualifiers.All.Select(q => q.Code()))));

        var quote = input.Quote?.Trim() ?? "";
        if (quote.Length == 0) errors.Add(new("quote", "Paste the exact sentence that reported this number."));
        CheckText(errors, "quote", input.Quote, quote, MaxQuote);
        var translation = Optional(input.Translation);
        CheckText(errors, "translation", input.Translation, translation, MaxQuote);
        var note = Optional(input.Note);
        CheckText(errors, "note", input.Note, note, MaxNote);

        // The value must be one the quote gives; checked once both are readable, so the quote's own problems come first.
        if (!TryParseConfirmed(input.ValueConfirmed, out var confirmed))
            errors.Add(new("value_confirmed", "\"{0}\" is not a confirmation: use true or false, or leave it blank.", input.ValueConfirmed ?? ""));
        else if (value is { } given && quote.Length > 0 && !errors.Exists(e => e.Field == "quote") && FigureRules.QuoteError(given, quote, confirmed) is { } quoteError)
            errors.Add(new("value", quoteError));

        // A peak or record describes a maximum of a level ("the peak of over 70,000 in 2019"); counts have none.
        if (!TryParsePeak(input.Peak, out var peak)) errors.Add(new("peak", "\"{0}\" is not a peak flag: use true or false, or leave it blank.", input.Peak ?? ""));
        else if (peak && kind == MetricKind.Count) errors.Add(new("peak", "Only a level can be a peak: a count over a period is never carried forward anyway."));

        return errors.Count > 0
            ? (null, errors)
            : (new ValidFigure(metric, theatre, period, value.GetValueOrDefault(), qualifier, quote, translation, note, peak), errors);
    }

    public static (ValidSource? Source, IReadOnlyList<FieldError> Errors) CheckSource(SourceInput input)
    {
        var errors = new List<FieldError>();
        var publisher = input.Publisher?.Trim() ?? "";
        if (publisher.Length == 0) errors.Add(new("source_publisher", "Enter the publisher."));
        CheckText(errors, "source_publisher", input.Publisher, publisher, MaxName);

        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0) errors.Add(new("source_title", "Enter the title of the document."));
        CheckText(errors, "source_title", input.Title, title, MaxTitle);

        var url = Optional(input.Url);
        if (Refused(errors, "source_url", input.Url)) { }
        else if (url is not null)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
                errors.Add(new("source_url", "\"{0}\" is not a web address: it must start with http:// or https://.", url));
            CheckText(errors, "source_url", input.Url, url, MaxUrl);
        }

        Period published = default;
        var date = input.Published?.Trim() ?? "";
        if (Refused(errors, "source_date", input.Published)) { }
        else if (date.Length == 0) errors.Add(new("source_date", "Enter the publication date (yyyy-MM-dd, or yyyy-MM when only the month is known)."));
        else if (!Domain.Period.TryParse(date, out published, out _) || published.Kind is not (PeriodKind.Day or PeriodKind.Month))
            errors.Add(new("source_date", "\"{0}\" is not a publication date: use yyyy-MM-dd, or yyyy-MM when only the month is known.", date));
        else if (FigureRules.DateError(published) is { } dateError) errors.Add(new("source_date", dateError));

        var language = (input.Language?.Trim() ?? "").ToLowerInvariant();
        if (Refused(errors, "source_language", input.Language)) { }
        else if (language.Length == 0) errors.Add(new("source_language", "Enter the language of the source (e.g. en, ar)."));
        else if (language.Length > MaxLanguage || !System.Text.RegularExpressions.Regex.IsMatch(language, "^[a-z]{2,3}(-[a-z0-9]{2,8}){0,2}$"))
            errors.Add(new("source_language", "\"{0}\" is not a language code: use e.g. en or ar.", input.Language ?? ""));

        var tier = SourceTier.Secondary;
        if (Refused(errors, "source_tier", input.Tier)) { }
        else if (!string.IsNullOrWhiteSpace(input.Tier) && !DomainCodes.TryParseTier(input.Tier, out tier))
            errors.Add(new("source_tier", "\"{0}\" is not a tier: use primary, relay or secondary.", input.Tier));

        var note = Optional(input.Note);
        CheckText(errors, "source_note", input.Note, note, MaxNote);

        return errors.Count > 0 ? (null, errors) : (new ValidSource(publisher, title, url, published, language, tier, note), errors);
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// The message names the character (code point and Unicode name) and its position in the field as typed.
    /// Every field, as typed (before trimming), refuses the characters <see cref="Characters"/> names; a field that
    /// holds one gets that error alone, so a code or a date is not also called unknown because of it.
    /// </summary>
    private static bool Refused(List<FieldError> errors, string field, string? typed)
    {
        if (RefusedCharacter(field, typed) is not { } error) return false;
        errors.Add(error);
        return true;
    }

    /// <summary>The error for the first character of <paramref name="typed"/> that <see cref="Characters"/> refuses, or null.</summary>
    public static FieldError? RefusedCharacter(string field, string? typed) =>
        Characters.FirstRefused(typed) is { } found
            ? new(field, "Contains the invisible character U+{0} {1} at position {2}: it would change how the text displays, or hide in it. Delete it, or paste the text again as plain text.",
                found.Code, found.Name, found.Position)
            : null;

    /// <summary>Free text: no refused character, within its length, and not read as a formula by a spreadsheet.</summary>
    private static void CheckText(List<FieldError> errors, string field, string? typed, string? text, int max)
    {
        if (text is not null && text.Length > max) errors.Add(new(field, "Too long: {0:N0} characters, the limit is {1:N0}.", text.Length, max));
        if (!Refused(errors, field, typed)) CheckFormula(errors, field, text);
    }

    /// <summary>
    /// Text that a spreadsheet would run as a formula (=, +, -, @ or a tab first) is refused: the public CSV export
    /// must open safely in Excel and still round-trip byte for byte, so nothing can be escaped on the way out.
    /// </summary>
    private static void CheckFormula(List<FieldError> errors, string field, string? text)
    {
        if (text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            errors.Add(new(field, "Cannot start with \"{0}\": spreadsheets would run it as a formula. Start with the first word, or put the quotation in quotation marks.", text[0].ToString()));
    }
}
