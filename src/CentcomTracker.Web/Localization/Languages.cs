using System.Globalization;
using System.Text.RegularExpressions;

namespace CentcomTracker.Web.Localization;

/// <summary>
/// Names and directions of the languages sources are written in (BCP 47 codes: en, ar). Quotes and titles are shown
/// in their own language and direction whatever the page's, so every <c>lang</c>/<c>dir</c> pair comes from here.
/// </summary>
public static partial class Languages
{
    /// <summary>A language's own name ("العربية", "English"), or its code when .NET does not know it.</summary>
    public static string NativeName(string code) => Find(code)?.NativeName is { Length: > 0 } name ? name : code;

    /// <summary>
    /// "rtl" for Arabic and the other right-to-left scripts, "ltr" for the languages known to run left to right, and
    /// "auto" (the browser decides from the text) for a code that is not a language this machine knows.
    /// </summary>
    public static string Direction(string? code) => Find(code)?.TextInfo.IsRightToLeft switch
    {
        true => "rtl",
        false => "ltr",
        null => "auto",
    };

    /// <summary>The code as a <c>lang</c> attribute, or null when it is not a well-formed language code (typed input).</summary>
    public static string? Tag(string? code)
    {
        var tag = code?.Trim().ToLowerInvariant() ?? "";
        return WellFormed().IsMatch(tag) ? tag : null;
    }

    private static CultureInfo? Find(string? code)
    {
        if (Tag(code) is not { } tag) return null;
        try
        {
            return CultureInfo.GetCultureInfo(tag, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
