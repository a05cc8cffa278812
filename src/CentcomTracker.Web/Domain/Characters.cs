using System.Globalization;

namespace CentcomTracker.Web.Domain;

/// <summary>
/// Characters no source's words contain, which only broken copy-and-paste or a deliberate trick brings in: C0 and
/// C1 controls (tab and line breaks are text), bidirectional embeddings, overrides and isolates, which make a
/// quotation display differently from what is stored, zero-width spaces and word joiners, a byte order mark inside
/// text, and the noncharacters U+FFFE/U+FFFF. What Arabic text needs stays: ZWNJ (U+200C), ZWJ (U+200D), and the
/// marks LRM (U+200E), RLM (U+200F) and ALM (U+061C).
/// </summary>
public static class Characters
{
    private static readonly string[] C0 =
    [
        "NULL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION", "ENQUIRY", "ACKNOWLEDGE", "BELL",
        "BACKSPACE", "CHARACTER TABULATION", "LINE FEED", "LINE TABULATION", "FORM FEED", "CARRIAGE RETURN", "SHIFT OUT", "SHIFT IN",
        "DATA LINK ESCAPE", "DEVICE CONTROL ONE", "DEVICE CONTROL TWO", "DEVICE CONTROL THREE", "DEVICE CONTROL FOUR",
        "NEGATIVE ACKNOWLEDGE", "SYNCHRONOUS IDLE", "END OF TRANSMISSION BLOCK", "CANCEL", "END OF MEDIUM", "SUBSTITUTE", "ESCAPE",
        "INFORMATION SEPARATOR FOUR", "INFORMATION SEPARATOR THREE", "INFORMATION SEPARATOR TWO", "INFORMATION SEPARATOR ONE",
    ];

    private static readonly string[] C1 =
    [
        "PADDING CHARACTER", "HIGH OCTET PRESET", "BREAK PERMITTED HERE", "NO BREAK HERE", "INDEX", "NEXT LINE",
        "START OF SELECTED AREA", "END OF SELECTED AREA", "CHARACTER TABULATION SET", "CHARACTER TABULATION WITH JUSTIFICATION",
        "LINE TABULATION SET", "PARTIAL LINE FORWARD", "PARTIAL LINE BACKWARD", "REVERSE LINE FEED", "SINGLE SHIFT TWO",
        "SINGLE SHIFT THREE", "DEVICE CONTROL STRING", "PRIVATE USE ONE", "PRIVATE USE TWO", "SET TRANSMIT STATE",
        "CANCEL CHARACTER", "MESSAGE WAITING", "START OF GUARDED AREA", "END OF GUARDED AREA", "START OF STRING",
        "SINGLE GRAPHIC CHARACTER INTRODUCER", "SINGLE CHARACTER INTRODUCER", "CONTROL SEQUENCE INTRODUCER", "STRING TERMINATOR",
        "OPERATING SYSTEM COMMAND", "PRIVACY MESSAGE", "APPLICATION PROGRAM COMMAND",
    ];

    private static readonly Dictionary<char, string> Format = new()
    {
        ['\u007F'] = "DELETE",
        ['\u200B'] = "ZERO WIDTH SPACE",
        ['\u202A'] = "LEFT-TO-RIGHT EMBEDDING",
        ['\u202B'] = "RIGHT-TO-LEFT EMBEDDING",
        ['\u202C'] = "POP DIRECTIONAL FORMATTING",
        ['\u202D'] = "LEFT-TO-RIGHT OVERRIDE",
        ['\u202E'] = "RIGHT-TO-LEFT OVERRIDE",
        ['\u2060'] = "WORD JOINER",
        ['\u2066'] = "LEFT-TO-RIGHT ISOLATE",
        ['\u2067'] = "RIGHT-TO-LEFT ISOLATE",
        ['\u2068'] = "FIRST STRONG ISOLATE",
        ['\u2069'] = "POP DIRECTIONAL ISOLATE",
        ['\u206A'] = "INHIBIT SYMMETRIC SWAPPING",
        ['\u206B'] = "ACTIVATE SYMMETRIC SWAPPING",
        ['\u206C'] = "INHIBIT ARABIC FORM SHAPING",
        ['\u206D'] = "ACTIVATE ARABIC FORM SHAPING",
        ['\u206E'] = "NATIONAL DIGIT SHAPES",
        ['\u206F'] = "NOMINAL DIGIT SHAPES",
        ['\uFEFF'] = "ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)",
        ['\uFFFE'] = "NONCHARACTER",
        ['\uFFFF'] = "NONCHARACTER",
    };

    /// <summary>The name of a refused character, or null when <paramref name="c"/> is allowed in text.</summary>
    public static string? RefusedName(char c) => c switch
    {
        '\t' or '\n' or '\r' => null,
        < '\u0020' => C0[c],
        >= '\u0080' and <= '\u009F' => C1[c - 0x80],
        _ => Format.GetValueOrDefault(c),
    };

    /// <summary>The first refused character of <paramref name="text"/>, counting positions in characters as a person sees them.</summary>
    public static RefusedCharacter? FirstRefused(string? text)
    {
        if (text is null) return null;
        for (var i = 0; i < text.Length; i++)
        {
            if (RefusedName(text[i]) is { } name)
            {
                // Code points, not UTF-16 units: an emoji before the character counts once.
                var position = 1;
                foreach (var _ in text.AsSpan(0, i).EnumerateRunes()) position++;
                return new(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture), name, position);
            }
        }

        return null;
    }
}
