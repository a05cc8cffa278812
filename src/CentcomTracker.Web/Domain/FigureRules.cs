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

    /// <summary>Takes any whole number, so a value too long for a long (99999999999999999999) is told it is too large, not "not a whole number".</summary>
    public static Message? ValueError(System.Numerics.BigInteger value) =>
        value < 0 ? new Message("A figure cannot be negative.")
        : value > MaxValue ? new Message("{0:N0} is beyond any plausible figure (the limit is {1:N0}); check for a typing error.", value, MaxValue)
        : null;
}
