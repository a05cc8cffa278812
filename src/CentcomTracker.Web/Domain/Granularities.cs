namespace CentcomTracker.Web.Domain;

public static class Granularities
{
    public static readonly IReadOnlyList<Granularity> All = Enum.GetValues<Granularity>();

    public static string Code(this Granularity granularity) => granularity switch
    {
        Granularity.Month => "month",
        Granularity.Quarter => "quarter",
        Granularity.Half => "half",
        _ => "year",
    };

    public static bool TryParse(string? code, out Granularity granularity)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                granularity = candidate;
                return true;
            }
        }

        granularity = Granularity.Month;
        return false;
    }

    /// <summary>The bucket of this granularity that contains <paramref name="day"/>.</summary>
    public static Period BucketOf(this Granularity granularity, DateOnly day) => granularity switch
    {
        Granularity.Month => Period.Month(day.Year, day.Month),
        Granularity.Quarter => Period.Quarter(day.Year, (day.Month - 1) / 3 + 1),
        Granularity.Half => Period.Half(day.Year, (day.Month - 1) / 6 + 1),
        _ => Period.Year(day.Year),
    };

    /// <summary>
    /// How many buckets of this granularity touch <paramref name="span"/>, computed without enumerating them,
    /// so a caller can refuse an absurd request (every month from year 1 to 9999) before doing any work.
    /// </summary>
    public static int BucketCount(this Granularity granularity, Period span)
    {
        var monthsPerBucket = granularity switch { Granularity.Month => 1, Granularity.Quarter => 3, Granularity.Half => 6, _ => 12 };
        var first = (span.Start.Year * 12 + span.Start.Month - 1) / monthsPerBucket;
        var last = (span.End.Year * 12 + span.End.Month - 1) / monthsPerBucket;
        return last - first + 1;
    }

    /// <summary>
    /// The consecutive buckets that touch <paramref name="span"/>, first to last: 2023-11..2024-02 by quarter
    /// is 2023-Q4, 2024-Q1. A span that starts or ends inside a bucket gets the whole bucket, never a part of it.
    /// </summary>
    public static IEnumerable<Period> Buckets(this Granularity granularity, Period span)
    {
        var bucket = granularity.BucketOf(span.Start);
        while (true)
        {
            yield return bucket;
            if (bucket.End >= span.End || bucket.End == DateOnly.MaxValue)
            {
                yield break;
            }

            bucket = granularity.BucketOf(bucket.End.AddDays(1));
        }
    }
}
