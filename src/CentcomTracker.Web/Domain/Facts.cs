namespace CentcomTracker.Web.Domain;

/// <summary>
/// Count: events over a period, which add up over time and across theatres.
/// Level: a quantity at a date, which never adds up; the latest value stands.
/// </summary>
public enum MetricKind { Count, Level }

/// <summary>
/// How directly a source reports: the issuing body's own words (or a verbatim reproduction of them);
/// a news report of an official release; or an independent, unofficial or tallied figure.
/// When sources disagree, the lower tier wins, then the newer source.
/// </summary>
public enum SourceTier { Primary, Relay, Secondary }

public static class DomainCodes
{
    public const string Iraq = "IQ";
    public const string Syria = "SY";
    public const string IraqAndSyria = "IQ+SY";

    public static string Code(this MetricKind kind) => kind == MetricKind.Count ? "count" : "level";

    public static string Code(this SourceTier tier) => tier switch
    {
        SourceTier.Primary => "primary",
        SourceTier.Relay => "relay",
        _ => "secondary",
    };

    public static bool TryParseTier(string? code, out SourceTier tier)
    {
        foreach (var candidate in Enum.GetValues<SourceTier>())
        {
            if (string.Equals(candidate.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                tier = candidate;
                return true;
            }
        }

        tier = SourceTier.Secondary;
        return false;
    }
}

/// <summary>
/// A metric and, for a level, how long a value may be carried forward: a level dated within this many months
/// before a period's end still stands for that period; an older one is only "last known".
/// </summary>
public sealed record MetricInfo(string Code, MetricKind Kind, int HorizonMonths = MetricInfo.DefaultHorizonMonths)
{
    public const int DefaultHorizonMonths = 12;
}

/// <summary>
/// A theatre; a combined theatre (Iraq and Syria) lists the theatres whose sum it is; a sub-region (al-Hol camp)
/// names the theatre it lies in. Either relation makes one value a part of another, which is checked.
/// </summary>
public sealed record TheatreInfo(string Code, IReadOnlyList<string> Members, string? Parent = null)
{
    public TheatreInfo(string code) : this(code, [], null) { }
}

/// <summary>
/// A source as the resolver sees it. <paramref name="Series"/> names the series of releases it belongs to
/// ("centcom" for CENTCOM's monthly, quarterly and half-year releases and the news reports that relay them); values
/// from one series compare like for like. A source with none is a series of its own.
/// </summary>
public sealed record SourceInfo(int Id, string Publisher, string Title, Period Published, SourceTier Tier, string? Series = null, string? PublisherAr = null)
{
    public string SeriesKey => string.IsNullOrWhiteSpace(Series) ? $"source-{Id}" : Series;
}

/// <summary>
/// One reported number: metric × theatre × period × value × qualifier × source. A peak ("down from the peak of
/// over 70,000 in 2019") describes a maximum, not the level at a date: it is shown as a peak and never carried forward.
/// </summary>
public sealed record ReportedFigure(
    int Id,
    string Metric,
    string Theatre,
    Period Period,
    long Value,
    Qualifier Qualifier,
    SourceInfo Source,
    bool IsPeak = false)
{
    public QualifiedValue Qualified => new(Value, Qualifier);
}

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

    public static Message? ValueError(long value) => value switch
    {
        < 0 => new Message("A figure cannot be negative."),
        > MaxValue => new Message("{0:N0} is beyond any plausible figure (the limit is {1:N0}); check for a typing error.", value, MaxValue),
        _ => null,
    };
}
