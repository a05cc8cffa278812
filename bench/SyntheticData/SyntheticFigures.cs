using System.Data.Common;
using System.Globalization;
using CentcomTracker.Web.Domain;

namespace CentcomTracker.Bench;

/// <summary>
/// Realistic synthetic figures for load and scale checks, of any size, inside the 2000–2099 window (before and after
/// the seed's own years, so never colliding with it). Like the real releases: several sources per month (a primary
/// monthly release, relays and media tallies repeating or contradicting it), every metric and theatre, counts per
/// month with quarterly and yearly totals, levels as of a day, some months left unreported (partial sums), some
/// values in conflict or rounded with "about". Written straight into a migrated SQLite database in one transaction:
/// a bench and a test fixture, never the app's write path (no audit entries).
/// </summary>
public static class SyntheticFigures
{
    private static readonly string[] Counts = ["attacks-claimed", "operations", "killed", "detained", "leaders-killed", "leaders-captured"];
    private static readonly string[] Levels = ["fighters-at-large", "detainees-held", "camp-population"];
    private static readonly (string Publisher, SourceTier Tier)[] Publishers =
    [
        ("Synthetic Command", SourceTier.Primary), ("Synthetic Wire", SourceTier.Relay),
        ("Synthetic Monitor", SourceTier.Secondary), ("Synthetic Review", SourceTier.Secondary),
        ("Synthetic Digest", SourceTier.Relay), ("Synthetic Tally", SourceTier.Secondary),
    ];

    // The seed covers 2014–2026; synthetic months avoid those years.
    private static IEnumerable<(int Year, int Month)> Months() =>
        Enumerable.Range(2000, 100).Where(y => y is < 2014 or > 2026)
            .SelectMany(y => Enumerable.Range(1, 12).Select(m => (y, m)));

    /// <summary>Inserts exactly <paramref name="count"/> figures (and their sources); returns how many were written.</summary>
    public static int Insert(DbConnection connection, int count, int seed = 13)
    {
        var random = new Random(seed);
        var months = Months().ToList();
        // About 25 figures per source-month: spread them over as many months as the size allows, then add sources.
        var rounds = Math.Max(1, (int)Math.Ceiling(count / (months.Count * 25.0)));
        var monthsUsed = Math.Min(months.Count, Math.Max(1, (int)Math.Ceiling(count / (rounds * 25.0))));
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

        if (connection.State != System.Data.ConnectionState.Open) connection.Open();
        using var transaction = connection.BeginTransaction();
        using var source = SourceInsert(connection, transaction);
        using var figure = FigureInsert(connection, transaction);

        var written = 0;
        // Sources beyond the planned ones fill the last few figures; past six publishers the names get a number.
        for (var round = 0; written < count; round++)
        {
            var (name, tier) = Publishers[round % Publishers.Length];
            var publisher = round < Publishers.Length ? name : $"{name} {round / Publishers.Length + 1}";
            for (var i = 0; i < monthsUsed && written < count; i++)
            {
                var (year, month) = months[i];
                var period = Period.Month(year, month);
                var published = period.End.AddDays(10);
                var sourceId = Convert.ToInt32(Run(source, publisher, $"{publisher} release {period.Label}", Day(published), tier.Code(), Guid(), now),
                    CultureInfo.InvariantCulture);

                void Add(string metric, string theatre, Period p, long value)
                {
                    if (written >= count) return;
                    // Most sources repeat the primary value; some round it, some contradict it.
                    var roll = random.Next(20);
                    var qualifier = round > 0 && roll == 0 ? Qualifier.About : Qualifier.Exact;
                    if (round > 0 && roll == 1) value += 1 + random.Next(5);
                    Run(figure, metric, theatre, Day(p.Start), Day(p.End), value, qualifier.Code(), sourceId,
                        $"{publisher} reported {value} ({metric}, {theatre}, {p.Label}).", Guid(), now);
                    written++;
                }

                foreach (var metric in Counts)
                {
                    // One month in twelve a source leaves a metric out: sums over time become partial.
                    if (random.Next(12) == 0) continue;
                    var iraq = Value(metric, year, month, 1);
                    var syria = Value(metric, year, month, 2);
                    Add(metric, DomainCodes.Iraq, period, iraq);
                    Add(metric, DomainCodes.Syria, period, syria);
                    Add(metric, DomainCodes.IraqAndSyria, period, iraq + syria + (random.Next(25) == 0 ? 3 : 0));
                    if (month % 3 == 0) Add(metric, DomainCodes.IraqAndSyria, Period.Quarter(year, month / 3), 3 * (iraq + syria));
                    if (month == 12) Add(metric, DomainCodes.IraqAndSyria, Period.Year(year), 12 * (iraq + syria) + random.Next(3));
                }

                foreach (var metric in Levels)
                {
                    var day = Period.Day(new DateOnly(year, month, 1 + random.Next(28)));
                    Add(metric, DomainCodes.Syria, day, 1000 * Value(metric, year, month, 3));
                    if (metric != "camp-population") Add(metric, DomainCodes.Iraq, day, 500 * Value(metric, year, month, 4));
                }
            }
        }

        transaction.Commit();
        return written;
    }

    /// <summary>
    /// One tally source that cites <paramref name="figures"/> figures (a daily count of claimed attacks in Iraq, from
    /// 1 January 2000), as an independent tally of every day's incidents would; returns the source's id.
    /// </summary>
    public static int InsertTallySource(DbConnection connection, int figures)
    {
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var first = new DateOnly(2000, 1, 1);
        if (connection.State != System.Data.ConnectionState.Open) connection.Open();
        using var transaction = connection.BeginTransaction();
        using var source = SourceInsert(connection, transaction);
        var published = Day(first.AddDays(figures));
        var sourceId = Convert.ToInt32(Run(source, "Synthetic tally", "Daily incident tally", published, SourceTier.Secondary.Code(), Guid(), now),
            CultureInfo.InvariantCulture);
        using var figure = FigureInsert(connection, transaction);
        for (var i = 0; i < figures; i++)
        {
            var day = Day(first.AddDays(i));
            var value = (i * 7 % 11) + 1;
            Run(figure, "attacks-claimed", DomainCodes.Iraq, day, day, value, Qualifier.Exact.Code(), sourceId,
                $"On {day} the tally counted {value} attacks claimed in Iraq.", Guid(), now);
        }

        transaction.Commit();
        return sourceId;
    }

    private static long Value(string metric, int year, int month, int salt) =>
        (year * 31 + month * 7 + salt * 13 + metric.Length * 5 + metric[0]) % 90 + 1;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Guid() => System.Guid.NewGuid().ToString().ToUpperInvariant();

    /// <summary>A source: publisher, title, publication day, tier, version, time; returns its id.</summary>
    private static DbCommand SourceInsert(DbConnection connection, DbTransaction transaction) => Command(connection, transaction,
        "INSERT INTO \"Sources\" (\"Publisher\", \"Title\", \"Url\", \"PublishedStart\", \"PublishedEnd\", \"Language\", \"Tier\", \"Version\", \"CreatedAt\", \"UpdatedAt\") " +
        "VALUES ($p, $t, NULL, $d, $d, 'en', $tier, $v, $now, $now) RETURNING \"Id\"", "$p", "$t", "$d", "$tier", "$v", "$now");

    /// <summary>A figure: metric, theatre, period start and end, value, qualifier, source id, quote, version, time.</summary>
    private static DbCommand FigureInsert(DbConnection connection, DbTransaction transaction) => Command(connection, transaction,
        "INSERT INTO \"Figures\" (\"MetricCode\", \"TheatreCode\", \"PeriodStart\", \"PeriodEnd\", \"Value\", \"Qualifier\", \"SourceId\", \"Quote\", \"Version\", \"CreatedAt\", \"UpdatedAt\") " +
        "VALUES ($m, $th, $s, $e, $val, $q, $src, $quote, $v, $now, $now)", "$m", "$th", "$s", "$e", "$val", "$q", "$src", "$quote", "$v", "$now");

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    private static object? Run(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        return command.ExecuteScalar();
    }
}
