using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CentcomTracker.Web.Domain.Extraction;

/// <summary>A period written in the text, by its offsets in the normalised text, resolved against the publication date.</summary>
internal sealed record PeriodMention(int Start, int End, Period Period);

/// <summary>
/// Finds periods written out in English or Arabic ("For the month of January 2023", "from Oct. 1 to Nov. 6", "since
/// August 29", "over the past month", "in the first half of this year", "منذ بداية 2024 وحتى حزيران") and resolves
/// them against the publication date: a month or day without a year is the latest one not after publication; "this
/// year" is the publication's year. Longer, more specific wordings win over the shorter ones inside them.
/// </summary>
internal static partial class PeriodReader
{
    private static readonly (int Month, string[] Names)[] MonthNames =
    [
        (1, ["january", "jan", "يناير", "كانون الثاني"]), (2, ["february", "feb", "فبراير", "شباط"]),
        (3, ["march", "mar", "مارس", "اذار"]), (4, ["april", "apr", "ابريل", "نيسان"]), (5, ["may", "مايو", "ايار"]),
        (6, ["june", "jun", "يونيو", "يونيه", "حزيران"]), (7, ["july", "jul", "يوليو", "يوليه", "تموز"]),
        (8, ["august", "aug", "اغسطس", "اب"]), (9, ["september", "sept", "sep", "سبتمبر", "ايلول"]),
        (10, ["october", "oct", "اكتوبر", "تشرين الاول"]), (11, ["november", "nov", "نوفمبر", "تشرين الثاني"]),
        (12, ["december", "dec", "ديسمبر", "كانون الاول"]),
    ];

    private static readonly Dictionary<string, int> MonthNumbers = MonthNames
        .SelectMany(m => m.Names.Select(n => (n, m.Month))).ToDictionary(x => x.n, x => x.Month, StringComparer.Ordinal);

    // A pattern is tried only when the text holds one of the words that every match of it contains (a month's name,
    // "quarter", "since"…): searching for those words at once costs a fraction of trying the pattern at every position.
    private static SearchValues<string> AnyOf(params string[] words) => SearchValues.Create(words, StringComparison.Ordinal);

    private static readonly SearchValues<string> MonthName = AnyOf([.. MonthNumbers.Keys]);
    private static readonly SearchValues<string> MonthWord = AnyOf("month", "الشهر");

    private static readonly string MonthAlternation = string.Join('|', MonthNumbers.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["الاول"] = 1, ["الثاني"] = 2, ["الثالث"] = 3, ["الرابع"] = 4,
    };

    private static readonly Dictionary<string, int> Counts = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    private const string L = @"(?<![\p{L}\p{N}])"; // no letter or digit before
    private const string R = @"(?![\p{L}\p{N}])"; // none after
    private const string Year = @"(?<y>(?:19|20)[0-9]{2})(?![0-9]|,[0-9]{3})";
    private const string YearWords = @"(?<yr>this\s+year|last\s+year|the\s+year|the\s+current\s+year|العام\s+الحالي|هذا\s+العام|العام\s+الجاري|العام\s+الماضي|العام|عام\s+" + Year + "|" + Year + ")";

    private static string Month(string name) => $@"(?<{name}>{MonthAlternation}){R}\.?";

    private static string Day(string n) =>
        $@"(?:{Month("m" + n)}\s*(?<d{n}>[0-9]{{1,2}})(?![0-9])|(?<d{n}>[0-9]{{1,2}})\s+{Month("m" + n)})(?:,?\s+(?<y{n}>(?:19|20)[0-9]{{2}})(?![0-9]))?";

    private static readonly (Regex Pattern, SearchValues<string>? Needs, Func<Match, Period, Period?> Resolve)[] Patterns =
    [
        // "from Oct. 1 to Nov. 6", and "from 1 to 30 June" (the first day in the second's month).
        (Make($@"(?:from|between|من)\s+(?:{Day("1")}|(?<d1>[0-9]{{1,2}})(?![0-9]))\s*(?:to|through|until|till|and|-|–|الي|حتي)\s*{Day("2")}"), MonthName, DayRange),
        (Make($@"(?:between\s+{Month("m1")}(?:\s+(?<y1>[0-9]{{4}}))?\s*(?:and|to)\s*|(?:(?:from|for)\s+)?{Month("m1")}(?:\s+(?<y1>[0-9]{{4}}))?\s*(?:to|through|until|till)\s*|(?:من|منذ)\s+(?:شهر\s+)?{Month("m1")}\s+و?(?:حتي|الي)\s+(?:شهر\s+)?|{Month("m1")}\s*[-–]\s*){Month("m2")}(?:,?\s+(?<y2>[0-9]{{4}}))?"), MonthName, MonthRange),
        (Make($@"(?:since\s+the\s+(?:start|beginning)\s+of|منذ\s+(?:بدايه|مطلع))\s+{YearWords}(?:\s*,?\s*(?:and\s+)?(?:up\s+)?(?:to|until|through|till|و?حتي|و?الي)\s+(?:شهر\s+)?{Month("m2")})?"), AnyOf("since", "منذ"), SinceStartOfYear),
        (Make(@"so\s+far\s+this\s+year|year\s+to\s+date"), AnyOf("year"), (_, p) => Between(new DateOnly(p.End.Year, 1, 1), p.End)),
        (Make($@"(?:since|منذ)\s+{Day("1")}"), MonthName, (m, p) => ResolveDay(m, "1", p) is { } d && d <= p.End ? Between(d, p.End) : null),
        (Make($@"(?:the\s+)?(?<h>first|second)\s+(?:half|six\s+months)\s+of\s+{YearWords}|h(?<n>[12])\s+{Year}|النصف\s+(?<h>الاول|الثاني)\s+(?:من\s+)?{YearWords}"), AnyOf("half", "six", "h1", "h2", "النصف"), HalfOrQuarter(2)),
        (Make($@"(?:the\s+)?(?<h>first|second|third|fourth)\s+quarter\s+of\s+{YearWords}|q(?<n>[1-4])\s+{Year}|الربع\s+(?<h>الاول|الثاني|الثالث|الرابع)\s+(?:من\s+)?{YearWords}"), AnyOf("quarter", "q1", "q2", "q3", "q4", "الربع"), HalfOrQuarter(4)),
        (Make(@"(?:(?:in|over|during)\s+the\s+)?(?:past|last|previous|preceding)\s+(?:(?<n>[0-9]+|\p{L}+)\s+)?months?|in\s+(?<n>[0-9]+|\p{L}+)\s+months|(?:خلال\s+)?الشهر\s+الماضي"), MonthWord, PastMonths),
        (Make(@"this\s+month|الشهر\s+الحالي|هذا\s+الشهر"), MonthWord, (_, p) => Period.Month(p.Start.Year, p.Start.Month)),
        // A day before its month and year ("15 June 2024") is read as a day before "June 2024" can be read as a month.
        (Make($@"{Day("1")}"), MonthName, (m, p) => ResolveDay(m, "1", p) is { } d ? Period.Day(d) : null),
        (Make($@"(?:the\s+month\s+of\s+|شهر\s+)?{Month("m1")},?\s+{Year}"), MonthName, (m, _) => Period.Month(Int(m, "y"), MonthNumbers[m.Groups["m1"].Value])),
        (Make($@"(?:calendar\s+|fiscal\s+)?(?:year\s+|عام\s+|سنه\s+){Year}|throughout\s+the\s+year|this\s+year|last\s+year|the\s+previous\s+year|العام\s+الماضي|العام\s+الحالي|هذا\s+العام|العام\s+الجاري|{Year}"), null, YearOf),
        (Make($@"(?:in|during|for|of|through|until|till|to|from|since|و?(?:في|خلال|حتي|الي|منذ))\s+(?:the\s+month\s+of\s+|شهر\s+)?{Month("m1")}"), MonthName, BareMonth),
    ];

    public static List<PeriodMention> Read(string text, Period published)
    {
        var mentions = new List<PeriodMention>();
        bool? namesMonth = null;  // seven patterns need a month's name: searched for once
        foreach (var (pattern, needs, resolve) in Patterns)
        {
            if (needs is not null && !(needs == MonthName ? namesMonth ??= text.AsSpan().ContainsAny(MonthName) : text.AsSpan().ContainsAny(needs)))
            {
                continue;
            }

            foreach (Match match in pattern.Matches(text))
            {
                if (mentions.Any(m => m.Start < match.Index + match.Length && match.Index < m.End))
                {
                    continue;
                }

                Period? period;
                try
                {
                    period = resolve(match, published);
                }
                catch (ArgumentException)
                {
                    period = null; // "February 30": not a date
                }

                if (period is { } found && FigureRules.Plausible.Contains(found))
                {
                    mentions.Add(new PeriodMention(match.Index, match.Index + match.Length, found));
                }
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    // A period is written on one line: "01\nApril 5" is a reference number, then a date.
    private static Regex Make(string pattern) =>
        new(L + "(?:" + pattern.Replace(@"\s", @"[^\S\n]", StringComparison.Ordinal) + ")", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static Period? Between(DateOnly start, DateOnly end) => end < start ? null : Period.Between(start, end);

    /// <summary>The latest month of that name that starts no later than the publication.</summary>
    private static int YearOfMonth(int month, Period published) =>
        month <= published.Start.Month ? published.Start.Year : published.Start.Year - 1;

    private static DateOnly? ResolveDay(Match m, string n, Period published)
    {
        var month = MonthNumbers[m.Groups["m" + n].Value];
        var day = Int(m, "d" + n);
        if (m.Groups["y" + n].Success)
        {
            return new DateOnly(Int(m, "y" + n), month, day);
        }

        var date = new DateOnly(published.End.Year, month, day);
        return date <= published.End ? date : date.AddYears(-1);
    }

    private static Period? DayRange(Match m, Period published)
    {
        if (ResolveDay(m, "2", published) is not { } end) return null;
        var month = m.Groups["m1"].Success ? MonthNumbers[m.Groups["m1"].Value] : end.Month;
        var start = m.Groups["y1"].Success ? new DateOnly(Int(m, "y1"), month, Int(m, "d1")) : new DateOnly(end.Year, month, Int(m, "d1"));
        return Between(start > end && !m.Groups["y1"].Success ? start.AddYears(-1) : start, end);
    }

    private static Period? MonthRange(Match m, Period published)
    {
        var first = MonthNumbers[m.Groups["m1"].Value];
        var last = MonthNumbers[m.Groups["m2"].Value];
        var endYear = m.Groups["y2"].Success ? Int(m, "y2") : YearOfMonth(last, published);
        var startYear = m.Groups["y1"].Success ? Int(m, "y1") : first <= last ? endYear : endYear - 1;
        return Between(new DateOnly(startYear, first, 1), Period.Month(endYear, last).End);
    }

    private static int YearOfWords(Match m, Period published) =>
        m.Groups["y"].Success ? Int(m, "y")
        : m.Groups["yr"].Value is "last year" or "العام الماضي" ? published.End.Year - 1
        : published.End.Year;

    private static Period? SinceStartOfYear(Match m, Period published)
    {
        var year = YearOfWords(m, published);
        var end = m.Groups["m2"].Success ? Period.Month(year, MonthNumbers[m.Groups["m2"].Value]).End : published.End;
        return Between(new DateOnly(year, 1, 1), end);
    }

    private static Func<Match, Period, Period?> HalfOrQuarter(int parts) => (m, published) =>
    {
        var n = m.Groups["n"].Success ? Int(m, "n") : Ordinals[m.Groups["h"].Value];
        var year = YearOfWords(m, published);
        return parts == 2 ? Period.Half(year, n) : Period.Quarter(year, n);
    };

    /// <summary>"Over the past month", "last month", "in seven months": whole calendar months before the publication's month.</summary>
    private static Period? PastMonths(Match m, Period published)
    {
        var word = m.Groups["n"].Value;
        var count = !m.Groups["n"].Success ? 1
            : int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
            : Counts.GetValueOrDefault(word);
        if (count is < 1 or > 24) return null;
        var firstOfPublication = new DateOnly(published.Start.Year, published.Start.Month, 1);
        return Between(firstOfPublication.AddMonths(-count), firstOfPublication.AddDays(-1));
    }

    private static Period? YearOf(Match m, Period published)
    {
        var text = m.Value;
        if (m.Groups["y"].Success) return Period.Year(Int(m, "y"));
        var year = text.Contains("last", StringComparison.Ordinal) || text.Contains("previous", StringComparison.Ordinal) || text.Contains("الماضي", StringComparison.Ordinal)
            ? published.End.Year - 1 : published.End.Year;
        return Period.Year(year);
    }

    private static Period? BareMonth(Match m, Period published)
    {
        var month = MonthNumbers[m.Groups["m1"].Value];
        return Period.Month(YearOfMonth(month, published), month);
    }
}
