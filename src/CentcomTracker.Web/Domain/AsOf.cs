using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CentcomTracker.Web.Domain;

/// <summary>
/// A moment in the data's history an analyst asks for: the end of a day (<c>2024-07-16</c>) or right after a numbered
/// data version (<c>v123</c>). The label round-trips, so it can be kept in links.
/// </summary>
public readonly record struct AsOf(DateOnly? Date, long? Version)
{
    public string Label => Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : $"v{Version!.Value.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The first instant after the day asked for: changes at or after it are later changes.</summary>
    public DateTime? EndUtc => Date is { } d ? d.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;

    public override string ToString() => Label;

    public static AsOf Day(DateOnly date) => new(date, null);

    public static AsOf AfterVersion(long version) => new(null, version);

    /// <summary>
    /// Reads <c>YYYY-MM-DD</c> or <c>v123</c> (Arabic-Indic digits too). A day after <paramref name="today"/> is refused:
    /// nobody knows yet how the data will stand then.
    /// </summary>
    public static bool TryParse(string? text, DateOnly today, out AsOf asOf, [NotNullWhen(false)] out Message? error)
    {
        asOf = default;
        var trimmed = Digits.ToLatin(text?.Trim() ?? "");
        if (trimmed.Length > 1 && trimmed[0] is 'v' or 'V')
        {
            if (long.TryParse(trimmed[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version >= 0)
            {
                asOf = AfterVersion(version);
                error = null;
                return true;
            }
        }
        else if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (date > today)
            {
                error = new Message("\"{0}\" is after today: the data can only be shown as it stood on a past day or today.", Shorten(trimmed));
                return false;
            }

            asOf = Day(date);
            error = null;
            return true;
        }

        error = new Message("\"{0}\" is not a day (YYYY-MM-DD) or a data version (v123).", Shorten(trimmed));
        return false;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>
/// Rebuilds what a table held at a past moment from its rows now and the audit entries recorded after that moment.
/// Only later changes are needed: a row with none is as it is now (if it existed then); a row with some was as the
/// first of them found it (its "before"), or did not exist when that first later change created it.
/// </summary>
public static class Rewind
{
    /// <param name="current">Rows now, by id, with whether each existed at the moment (created at or before it).</param>
    /// <param name="laterChanges">Changes after the moment, oldest first: the row's id and its state before the change (null when created).</param>
    public static IReadOnlyDictionary<int, T> StateAt<T>(
        IReadOnlyDictionary<int, (T Row, bool ExistedThen)> current, IEnumerable<(int Id, T? Before)> laterChanges)
        where T : class
    {
        var firstLater = new Dictionary<int, T?>();
        foreach (var (id, before) in laterChanges)
        {
            firstLater.TryAdd(id, before);
        }

        var state = new Dictionary<int, T>();
        foreach (var (id, (row, existed)) in current)
        {
            if (!firstLater.ContainsKey(id) && existed) state[id] = row;
        }

        foreach (var (id, before) in firstLater)
        {
            if (before is not null) state[id] = before;
        }

        return state;
    }
}
