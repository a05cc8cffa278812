using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CentcomTracker.Web.Domain;

/// <summary>
/// An inclusive range of calendar days with one canonical label: <c>2023</c>, <c>2024-H1</c>, <c>2024-Q1</c>,
/// <c>2024-06</c>, <c>2024-07-16</c> or <c>2024-08-29..2024-11-04</c>. A range that happens to be a calendar
/// unit is that unit (<c>2024-01-01..2024-06-30</c> is <c>2024-H1</c>), so equal ranges always compare equal.
/// </summary>
public readonly partial record struct Period : IComparable<Period>
{
    private Period(DateOnly start, DateOnly end, PeriodKind kind)
    {
        Start = start;
        End = end;
        Kind = kind;
    }

    public DateOnly Start { get; }
    public DateOnly End { get; }
    public PeriodKind Kind { get; }

    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>True when the period starts on the first of a month and ends on the last day of a month.</summary>
    public bool IsWholeMonths => Start.Day == 1 && IsLastDayOfMonth(End);

    /// <summary>Number of calendar months, when <see cref="IsWholeMonths"/>.</summary>
    public int? Months => IsWholeMonths ? (End.Year - Start.Year) * 12 + End.Month - Start.Month + 1 : null;

    public string Label => Kind switch
    {
        PeriodKind.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PeriodKind.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => $"{Start.Year:D4}-Q{(Start.Month - 1) / 3 + 1}",
        PeriodKind.Half => $"{Start.Year:D4}-H{(Start.Month - 1) / 6 + 1}",
        PeriodKind.Year => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => $"{Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
    };

    public override string ToString() => Label;

    public bool Contains(Period other) => Start <= other.Start && other.End <= End;

    public bool Contains(DateOnly day) => Start <= day && day <= End;

    public bool Overlaps(Period other) => Start <= other.End && other.Start <= End;

    public int CompareTo(Period other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    public static Period Day(DateOnly day) => new(day, day, PeriodKind.Day);

    public static Period Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), PeriodKind.Month);

    public static Period Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new(start, LastDayOfMonth(year, start.Month + 2), PeriodKind.Quarter);
    }

    public static Period Half(int year, int half)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        var start = new DateOnly(year, (half - 1) * 6 + 1, 1);
        return new(start, LastDayOfMonth(year, start.Month + 5), PeriodKind.Half);
    }

    // Computed without adding a day or a month, which would overflow on 31 December 9999 (the last DateOnly).
    private static DateOnly LastDayOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static bool IsLastDayOfMonth(DateOnly day) => day.Day == DateTime.DaysInMonth(day.Year, day.Month);

    public static Period Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), PeriodKind.Year);

    /// <summary>The period from <paramref name="start"/> to <paramref name="end"/> inclusive, as its canonical kind.</summary>
    public static Period Between(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException($"A period cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", nameof(end));
        }

        if (start == end)
        {
            return Day(start);
        }

        if (start.Day == 1 && IsLastDayOfMonth(end) && start.Year == end.Year)
        {
            var months = end.Month - start.Month + 1;
            if (months == 1) return new(start, end, PeriodKind.Month);
            if (months == 3 && (start.Month - 1) % 3 == 0) return new(start, end, PeriodKind.Quarter);
            if (months == 6 && (start.Month - 1) % 6 == 0) return new(start, end, PeriodKind.Half);
            if (months == 12) return new(start, end, PeriodKind.Year);
        }

        return new(start, end, PeriodKind.Range);
    }

    /// <summary>The period just before this one, of the same kind and length (Q1 before Q2), for "compare with" links.</summary>
    public Period Previous() => Kind switch
    {
        PeriodKind.Month => Between(Start.AddMonths(-1), Start.AddDays(-1)),
        PeriodKind.Quarter => Between(Start.AddMonths(-3), Start.AddDays(-1)),
        PeriodKind.Half => Between(Start.AddMonths(-6), Start.AddDays(-1)),
        PeriodKind.Year => Year(Start.Year - 1),
        _ => Between(Start.AddDays(-Days), Start.AddDays(-1)),
    };

    public static Period Parse(string label) =>
        TryParse(label, out var period, out var error) ? period : throw new FormatException(error);

    public static bool TryParse(string? label, out Period period) => TryParse(label, out period, out _);

    /// <summary>Parses a period label; on failure <paramref name="error"/> says what is wrong, in English.</summary>
    public static bool TryParse(string? label, out Period period, out string error)
    {
        var parsed = TryParseExplained(label, out period, out var why);
        error = why?.ToString() ?? "";
        return parsed;
    }

    /// <summary>
    /// Parses a period label; on failure <paramref name="error"/> says what is wrong in words an editor understands,
    /// as a message each interface can show in its own language.
    /// </summary>
    public static bool TryParseExplained(string? label, out Period period, [NotNullWhen(false)] out Message? error)
    {
        period = default;
        var text = Digits.ToLatin(label?.Trim() ?? "");
        if (text.Length == 0)
        {
            error = new Message("A period is required: use 2024, 2024-H1, 2024-Q1, 2024-06, 2024-06-15 or 2024-08-29..2024-11-04.");
            return false;
        }

        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots >= 0)
        {
            var from = text[..dots].Trim();
            var to = text[(dots + 2)..].Trim();
            if (from.Contains("..", StringComparison.Ordinal) || to.Contains("..", StringComparison.Ordinal))
            {
                error = NotAPeriod(text, new Message("a range has exactly one \"..\" between its first and last day."));
                return false;
            }

            if (!TryParseUnit(from, out var first, out var reason) || !TryParseUnit(to, out var last, out reason))
            {
                error = NotAPeriod(text, reason);
                return false;
            }

            if (last.End < first.Start)
            {
                error = NotAPeriod(text, new Message("it ends ({0}) before it starts ({1}).", Day(last.End).Label, Day(first.Start).Label));
                return false;
            }

            period = Between(first.Start, last.End);
            error = null;
            return true;
        }

        if (!TryParseUnit(text, out period, out var why))
        {
            error = NotAPeriod(text, why);
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>
    /// The days a reader may ask about: years 1000 to 9999. Far wider than the years a figure may fall in
    /// (<see cref="FigureRules.Plausible"/>), so a view before the first figure or long after the last one is shown
    /// as "not reported" rather than refused; but a year written with a leading zero (0001, 0201) is a typing slip,
    /// and the resolver looks back from a period's end (a level's horizon is a year), which before year 2 would
    /// run off the calendar.
    /// </summary>
    public static readonly Period Readable = Between(new DateOnly(1000, 1, 1), DateOnly.MaxValue);

    /// <summary>
    /// Parses a period a reader asks about (a view, a comparison, an API query): a label, within <see cref="Readable"/>.
    /// Every reading address checks its periods here, so they all refuse the same periods with the same reason.
    /// </summary>
    public static bool TryParseReadable(string? label, out Period period, [NotNullWhen(false)] out Message? error)
    {
        if (!TryParseExplained(label, out period, out error)) return false;
        if (Readable.Contains(period)) return true;

        error = new Message("{0} is outside the years this tracker can show ({1}–{2}); check for a typing error.",
            period.Label, Readable.Start.Year, Readable.End.Year);
        period = default;
        return false;
    }

    private static Message NotAPeriod(string text, Message reason) => new("\"{0}\" is not a period: {1}", text, reason);

    private static bool TryParseUnit(string text, out Period period, [NotNullWhen(false)] out Message? reason)
    {
        period = default;
        var match = UnitPattern().Match(text);
        if (!match.Success)
        {
            reason = new Message("use 2024, 2024-H1, 2024-Q1, 2024-06, 2024-06-15 or 2024-08-29..2024-11-04.");
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            reason = new Message("year 0000 does not exist.");
            return false;
        }

        if (match.Groups["half"].Success)
        {
            var half = match.Groups["half"].Value[0] - '0';
            if (half is < 1 or > 2)
            {
                reason = new Message("a year has two halves, H1 and H2; there is no H{0}.", match.Groups["half"].Value);
                return false;
            }

            period = Half(year, half);
        }
        else if (match.Groups["quarter"].Success)
        {
            var quarter = match.Groups["quarter"].Value[0] - '0';
            if (quarter is < 1 or > 4)
            {
                reason = new Message("a year has four quarters, Q1 to Q4; there is no Q{0}.", match.Groups["quarter"].Value);
                return false;
            }

            period = Quarter(year, quarter);
        }
        else if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                reason = new Message("month {0} does not exist; months run from 01 to 12.", match.Groups["month"].Value);
                return false;
            }

            if (match.Groups["day"].Success)
            {
                var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
                var daysInMonth = DateTime.DaysInMonth(year, month);
                if (day < 1 || day > daysInMonth)
                {
                    reason = new Message("{0:MMMM yyyy} has {1} days; there is no day {2}.", new DateOnly(year, month, 1), daysInMonth, match.Groups["day"].Value);
                    return false;
                }

                period = Day(new DateOnly(year, month, day));
            }
            else
            {
                period = Month(year, month);
            }
        }
        else
        {
            period = Year(year);
        }

        reason = null;
        return true;
    }

    // [0-9], not \d: \d also matches other scripts' digits, which int.Parse then refuses.
    [GeneratedRegex(@"^(?<year>[0-9]{4})(?:-(?:[Hh](?<half>[0-9])|[Qq](?<quarter>[0-9])|(?<month>[0-9]{2})(?:-(?<day>[0-9]{2}))?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();
}
