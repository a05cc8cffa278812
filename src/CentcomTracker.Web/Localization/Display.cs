using System.Globalization;
using System.Resources;

namespace CentcomTracker.Web.Localization;

/// <summary>
/// How numbers, qualifiers and periods read on screen, in the current UI culture. Numbers keep Latin digits
/// unless Arabic-Indic digits are asked for (<see cref="Culture.ArabicIndicDigits"/>); the API and CSV always
/// use invariant digits and codes.
/// </summary>
public static class Display
{
    private static bool Arabic => Culture.IsArabic;

    // The words below in the reader's language; the English is the key of Resources/Localization/DisplayText.ar.resx.
    private static readonly ResourceManager Words = new("CentcomTracker.Web.Resources.Localization.DisplayText", typeof(Display).Assembly);

    private static string Word(string english) => Arabic ? Words.GetString(english, CultureInfo.CurrentUICulture) ?? english : english;

    private static string Word(string english, params string[] arguments) => string.Format(CultureInfo.InvariantCulture, Word(english), arguments);

    // .NET's "ar" writes the Arabic separators ٫ and ٬ even around Latin digits, where browsers' Intl (ar-u-nu-latn,
    // which draws the charts' ticks) writes . and , as Arabic text with Latin digits does. Each kind of digit gets
    // its own separators, so the page and its charts agree.
    private static readonly NumberFormatInfo ArabicWithLatinDigits = LatinSeparators(Culture.Arabic.NumberFormat);

    private static NumberFormatInfo LatinSeparators(NumberFormatInfo arabic)
    {
        var format = (NumberFormatInfo)arabic.Clone();
        format.NumberDecimalSeparator = format.PercentDecimalSeparator = format.CurrencyDecimalSeparator = ".";
        format.NumberGroupSeparator = format.PercentGroupSeparator = format.CurrencyGroupSeparator = ",";
        return NumberFormatInfo.ReadOnly(format);
    }

    private static NumberFormatInfo Numbers =>
        Arabic && !Culture.ArabicIndicDigits ? ArabicWithLatinDigits : CultureInfo.CurrentCulture.NumberFormat;

    public static string Number(long value) => Digits(value.ToString("N0", Numbers));

    /// <summary>
    /// Text from outside the page's language — a publisher's name, a code, what a person typed — isolated on
    /// right-to-left pages (U+2068 … U+2069), so that "2024-H1" or "Atlas News, citing BBC" keeps its own order in an
    /// Arabic sentence. In HTML, prefer &lt;bdi&gt;; this is for text composed in C# (notes, chart labels, messages).
    /// </summary>
    public static string Isolate(string text) => Arabic ? "\u2068" + text + "\u2069" : text;

    /// <summary>Text that always reads left to right, such as "2024-07-16 09:30 UTC", kept so on right-to-left pages.</summary>
    public static string LeftToRight(string text) => Arabic ? "\u2066" + text + "\u2069" : text;

    /// <summary>A number without group separators, such as a footnote's or a page's: "7", "١٢".</summary>
    /// <summary>A number for a data- attribute or a script: invariant digits, empty when there is none.</summary>
    public static string Invariant(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Plain(long value) => Digits(value.ToString(CultureInfo.InvariantCulture));

    public static string Number(decimal value, int decimals) =>
        Digits(Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, Numbers));

    /// <summary>
    /// Text the server formatted, with 0–9 written ٠–٩ when the reader asked for Arabic-Indic digits (.NET never
    /// formats them itself). Only for numbers and dates the page writes, never for what a person typed or a source said.
    /// </summary>
    public static string Digits(string formatted)
    {
        if (!Culture.ArabicIndicDigits) return formatted;
        return string.Create(formatted.Length, formatted, (chars, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                chars[i] = text[i] is >= '0' and <= '9' ? (char)('\u0660' + (text[i] - '0')) : text[i];
            }
        });
    }

    /// <summary>
    /// A message in the reader's language: its template translated by <paramref name="localizer"/> (the English when
    /// there is no translation), its numbers and dates formatted for the reader, inner messages translated too, and
    /// what a person typed left exactly as typed.
    /// </summary>
    public static string Say(this IStringLocalizer localizer, Message message) => Say(message, key => localizer[key].Value);

    /// <summary>A message in the reader's language, its templates translated by <paramref name="translate"/>.</summary>
    public static string Say(Message message, Func<string, string> translate)
    {
        // A translation function gives the key back when it has no translation, as localizers do.
        var template = translate(message is { Count: { } count, One: { } one }
            ? Plurals.Name(count, one, message.Template, key => translate(key) != key)
            : message.Template);
        if (message.Arguments.Count == 0) return template;
        var arguments = message.Arguments.Select(a => a is Message inner ? new Translated(Say(inner, translate)) : a).ToArray();
        return string.Format(ReaderFormat.Instance, template, arguments);
    }

    /// <summary>
    /// Formats the arguments of a message: numbers and dates in the current culture and digits; text (what a person
    /// typed, codes, labels) as it is, isolated on right-to-left pages so that "-5" or "2024-08-29..2024-11-04" keeps
    /// its own order inside an Arabic sentence.
    /// </summary>
    private sealed class ReaderFormat : IFormatProvider, ICustomFormatter
    {
        public static readonly ReaderFormat Instance = new();

        public object? GetFormat(Type? formatType) =>
            formatType == typeof(ICustomFormatter) ? this : CultureInfo.CurrentCulture.GetFormat(formatType);

        public string Format(string? format, object? argument, IFormatProvider? formatProvider) => argument switch
        {
            null => "",
            Translated text => text.Value,
            string text => Isolate(text),
            IFormattable value => Digits(value.ToString(format, value is DateOnly or DateTime ? CultureInfo.CurrentCulture : Numbers)),
            _ => argument.ToString() ?? "",
        };
    }

    /// <summary>An inner message already in the reader's language: neither isolated nor formatted again.</summary>
    private sealed record Translated(string Value);

    /// <summary>"6 months", "١١ شهرًا", "يومين": Arabic nouns take the form of the count's plural category (CLDR).</summary>
    public static string Months(long count) => Counted(count, "{0} month", "{0} months");

    public static string Days(long count) => Counted(count, "{0} day", "{0} days");

    private static string Counted(long count, string one, string other) =>
        Word(Plurals.Name(count, one, other, key => Arabic && Translation(key) is not null), Number(count));

    // ResourceManager throws rather than answer null when a key is in no satellite and there is no neutral file.
    private static string? Translation(string key)
    {
        try
        {
            return Words.GetString(key, CultureInfo.CurrentUICulture);
        }
        catch (MissingManifestResourceException)
        {
            return null;
        }
    }

    /// <summary>"more than 9,000", "≈ 2,500", "at least 220", "153".</summary>
    public static string Value(QualifiedValue value) => Qualified(Number(value.Value), value.Qualifier);

    /// <summary>A number already written out, with its qualifier's words around it.</summary>
    private static string Qualified(string number, Qualifier qualifier) => qualifier switch
    {
        Domain.Qualifier.About => Word("≈ {0}", number),
        Domain.Qualifier.MoreThan => Word("more than {0}", number),
        Domain.Qualifier.AtLeast => Word("at least {0}", number),
        Domain.Qualifier.LessThan => Word("less than {0}", number),
        Domain.Qualifier.AtMost => Word("at most {0}", number),
        _ => number,
    };

    /// <summary>A derived number (rate, pace, ratio, percentage) with the qualifier that travels to it: "more than 2.5 ×".</summary>
    public static string Derived(string number, Qualifier qualifier) => Qualified(number, qualifier);

    public static string Value(QualifiedValue? value) => value is { } v ? Value(v) : NotReported;

    public static string NotReported => Word("not reported");

    public static string QualifierName(Qualifier q) => Word(q switch
    {
        Domain.Qualifier.About => "about",
        Domain.Qualifier.MoreThan => "more than",
        Domain.Qualifier.AtLeast => "at least",
        Domain.Qualifier.LessThan => "less than",
        Domain.Qualifier.AtMost => "at most",
        _ => "exact",
    });

    /// <summary>A signed change, the qualifier before the sign: "+32", "≈ −2,000".</summary>
    public static string Change(QualifiedValue change)
    {
        var sign = change.Value > 0 ? "+" : change.Value < 0 ? "−" : "±";
        return Qualified(sign + Number(Math.Abs(change.Value)), change.Qualifier);
    }

    public static string Percent(decimal percent) =>
        (percent > 0 ? "+" : percent < 0 ? "−" : "±") + Number(Math.Abs(percent), 0) + (Culture.ArabicIndicDigits ? "٪" : "%");

    public static string Ratio(decimal ratio) => Number(ratio, 1) + " ×";

    /// <summary>"2023", "H1 2024", "Q1 2024", "June 2024", "16 July 2024", "29 Aug 2024 – 4 Nov 2024".</summary>
    public static string Period(Period period)
    {
        var culture = CultureInfo.CurrentCulture;
        var y = period.Start.Year.ToString(CultureInfo.InvariantCulture);
        return Digits(period.Kind switch
        {
            PeriodKind.Year => y,
            PeriodKind.Half => Word($"H{(period.Start.Month - 1) / 6 + 1} {{0}}", y),
            PeriodKind.Quarter => Word($"Q{(period.Start.Month - 1) / 3 + 1} {{0}}", y),
            PeriodKind.Month => period.Start.ToString("MMMM yyyy", culture),
            PeriodKind.Day => period.Start.ToString("d MMMM yyyy", culture),
            _ => $"{period.Start.ToString("d MMM yyyy", culture)} – {period.End.ToString("d MMM yyyy", culture)}",
        });
    }

    /// <summary>"16 July 2024", "١٦ تموز ٢٠٢٤": a day in the reader's language and digits.</summary>
    public static string Date(DateOnly date) => Digits(date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture));

    /// <summary>"11 of 12 months", "١١ من أصل ١٢ شهرًا", "50 of 68 days".</summary>
    public static string Coverage(Coverage coverage) => coverage.CoveredMonths is { } m
        ? Word("{0} of {1}", Number(m), Months(coverage.TotalMonths ?? 0))
        : Word("{0} of {1}", Number(coverage.CoveredDays), Days(coverage.TotalDays));

    public static string How(Resolution r) => r.How switch
    {
        Derivation.Reported => Word("reported"),
        Derivation.SummedOverTime => r.IsPartial ? Word("summed over time, partial: {0}", Coverage(r.Coverage!)) : Word("summed over time"),
        Derivation.SummedOverMembers => r.IsPartial ? Word("summed over countries, partial: {0}", Coverage(r.Coverage!)) : Word("summed over countries"),
        Derivation.Level => Word("as of {0}", Period(r.AsOf!.Value)),
        _ => NotReported,
    };
}
