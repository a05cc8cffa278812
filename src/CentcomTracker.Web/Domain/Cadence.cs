namespace CentcomTracker.Web.Domain;

/// <summary>
/// When a metric's releases come out: the latest, the usual gap between releases (the median, so one late or early
/// release does not move it much) and from it when the next is expected, and whether it is overdue today.
/// </summary>
public sealed record Cadence(DateOnly LastRelease, DateOnly? LastEntered, int? TypicalDays, DateOnly? NextExpected, bool Overdue, int Releases)
{
    /// <summary>At least this many releases before a gap is called usual.</summary>
    public const int MinimumReleases = 3;

    /// <summary>Null when there is no release at all.</summary>
    public static Cadence? From(IEnumerable<DateOnly> releaseDates, DateOnly? lastEntered, DateOnly today)
    {
        var dates = releaseDates.Distinct().Order().ToList();
        if (dates.Count == 0) return null;

        var last = dates[^1];
        if (dates.Count < MinimumReleases)
        {
            return new Cadence(last, lastEntered, null, null, false, dates.Count);
        }

        var gaps = dates.Zip(dates.Skip(1), (a, b) => b.DayNumber - a.DayNumber).Order().ToList();
        var median = gaps.Count % 2 == 1 ? gaps[gaps.Count / 2] : (gaps[gaps.Count / 2 - 1] + gaps[gaps.Count / 2]) / 2;
        var next = last.AddDays(median);
        return new Cadence(last, lastEntered, median, next, today > next, dates.Count);
    }
}
