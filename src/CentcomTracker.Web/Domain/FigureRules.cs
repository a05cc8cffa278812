namespace CentcomTracker.Web.Domain;

/// <summary>
/// Which periods a level figure may have. A level holds at a moment: normally a day ("as of 2024-07-16");
/// a month or a year only when the source dates it no more precisely ("over 70,000 in 2019").
/// Quarters, halves and arbitrary ranges describe spans of activity, which is what counts are for.
/// </summary>
public static class FigureRules
{
    public const long MaxValue = 10_000_000;

    /// <summary>The years a figure or a source date may fall in: a typing slip such as 0001 or 2204 is refused, not stored.</summary>
    public static readonly Period Plausible = Period.Between(new DateOnly(2000, 1, 1), new DateOnly(2099, 12, 31));

    public static Message? DateError(Period period) => Plausible.Contains(period)
        ? null
        : new Message("{0} is outside the years this tracker covers ({1}–{2}); check for a typing error.", period.Label, Plausible.Start.Year, Plausible.End.Year);

    public static Message? PeriodError(MetricKind kind, Period period) =>
        DateError(period) ?? (kind == MetricKind.Level && period.Kind is not (PeriodKind.Day or PeriodKind.Month or PeriodKind.Year)
            ? new Message("A level is a quantity at a date: give the day it held (e.g. {0}), or a month or year when the source says no more; {1} is a span.", Period.Day(period.End).Label, period.Label)
            : null);

    /// <summary>
    /// A source reports what had happened, or held, by the time it was published: a period that begins after the
    /// publication (a release of 2026-12-02 for 2027-01, a level "as of" 2027-01-15) is a slip in the period or in
    /// the source's date. A source dated only by its month may report any period begun within that month.
    /// </summary>
    public static Message? PublicationError(Period period, Period published) => period.Start > published.End
        ? new Message("{0} begins after its source was published ({1}): a source cannot report a period that had not begun. Check the period, or the source's date.", period.Label, published.Label)
        : null;

    /// <summary>The most numbers of a quote named when it does not give the value: quotes are a sentence or two.</summary>
    private const int NumbersNamed = 6;

    /// <summary>
    /// Every number on screen traces to its exact quote, so a value the quote does not give ("…ISIS has claimed 153
    /// attacks…" for 160) is refused, naming what the quote does give. The reader knows digits and common number words
    /// but not every way of writing a number ("a dozen", "10 000"): <paramref name="confirmed"/> is the editor's
    /// deliberate word that the quote states this value in a way the reader cannot read.
    /// </summary>
    public static Message? QuoteError(long value, string quote, bool confirmed)
    {
        if (confirmed) return null;
        var numbers = Extraction.QuotedNumbers.Read(quote);
        if (numbers.Any(n => n.Value == value)) return null;
        // A number in words or in Arabic-Indic digits is named with its value: "أحد عشر (11)", "٩٬٠٠٠ (9000)".
        var written = numbers.Where(n => n.Value is not null)
            .Select(n => n.Written.All(c => char.IsAsciiDigit(c) || c == ',') ? n.Written : $"{n.Written} ({n.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)})")
            .Distinct().ToList();
        return written.Count == 0
            ? new Message("The quote gives no number that the tracker can read, not {0:N0}: correct the value or the quote, or confirm that the quote states this value in words.", value)
            : new Message("The quote gives {0}, not {1:N0}: correct the value or the quote, or confirm that the quote states this value in words.",
                string.Join(", ", written.Take(NumbersNamed)) + (written.Count > NumbersNamed ? ", …" : ""), value);
    }

    /// <summary>Whether <paramref name="message"/> is the one of <see cref="QuoteError"/>, which a form answers with its confirmation.</summary>
    public static bool IsQuoteError(Message message) => message.Template.StartsWith("The quote gives ", StringComparison.Ordinal);

    /// <summary>Takes any whole number, so a value too long for a long (99999999999999999999) is told it is too large, not "not a whole number".</summary>
    public static Message? ValueError(System.Numerics.BigInteger value) =>
        value < 0 ? new Message("A figure cannot be negative.")
        : value > MaxValue ? new Message("{0:N0} is beyond any plausible figure (the limit is {1:N0}); check for a typing error.", value, MaxValue)
        : null;
}
