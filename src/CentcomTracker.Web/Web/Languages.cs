using System.Globalization;

namespace CentcomTracker.Web.Web;

/// <summary>Names and directions of the languages sources are written in (BCP 47 codes: en, ar).</summary>
public static class Languages
{
    /// <summary>A language's own name ("العربية", "English"), or its code when .NET does not know it.</summary>
    public static string NativeName(string code) => Find(code)?.NativeName is { Length: > 0 } name ? name : code;

    /// <summary>"rtl" for Arabic and the other right-to-left scripts, whatever the page's own direction.</summary>
    public static string Direction(string code) => Find(code)?.TextInfo.IsRightToLeft == true ? "rtl" : "ltr";

    private static CultureInfo? Find(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
