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

    private static string Shorten(string text) => Characters.Shorten(text, 40);
}
