using System.Buffers;
using System.Globalization;
using System.Text;

namespace CentcomTracker.Web.Domain;

/// <summary>
/// Characters no source's words contain, which only broken copy-and-paste or a deliberate trick brings in: C0 and
/// C1 controls (tab and line breaks are text), every format character (Unicode category Cf: bidirectional
/// embeddings, overrides and isolates, which make a quotation display differently from what is stored, zero-width
/// spaces, word joiners, invisible operators, soft hyphens, a byte order mark inside text, and the tag characters
/// U+E0000–U+E007F that spell hidden ASCII beyond U+FFFF), the blank "fillers" that take a letter's place but show
/// nothing (Hangul fillers, the combining grapheme joiner), an unpaired surrogate, and noncharacters. What Arabic text
/// needs stays: ZWNJ (U+200C), ZWJ (U+200D), and the marks LRM (U+200E), RLM (U+200F) and ALM (U+061C), all format
/// characters; and the Arabic signs that span the digits after them (U+0600–U+0605, U+0890–U+0891, U+06DD, U+08E2),
/// which are format characters too but visible.
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

    private static readonly Dictionary<int, string> Named = new()
    {
        [0x007F] = "DELETE",
        [0x00AD] = "SOFT HYPHEN",
        [0x034F] = "COMBINING GRAPHEME JOINER",
        [0x070F] = "SYRIAC ABBREVIATION MARK",
        [0x115F] = "HANGUL CHOSEONG FILLER",
        [0x1160] = "HANGUL JUNGSEONG FILLER",
        [0x180E] = "MONGOLIAN VOWEL SEPARATOR",
        [0x200B] = "ZERO WIDTH SPACE",
        [0x202A] = "LEFT-TO-RIGHT EMBEDDING",
        [0x202B] = "RIGHT-TO-LEFT EMBEDDING",
        [0x202C] = "POP DIRECTIONAL FORMATTING",
        [0x202D] = "LEFT-TO-RIGHT OVERRIDE",
        [0x202E] = "RIGHT-TO-LEFT OVERRIDE",
        [0x2060] = "WORD JOINER",
        [0x2061] = "FUNCTION APPLICATION",
        [0x2062] = "INVISIBLE TIMES",
        [0x2063] = "INVISIBLE SEPARATOR",
        [0x2064] = "INVISIBLE PLUS",
        [0x2066] = "LEFT-TO-RIGHT ISOLATE",
        [0x2067] = "RIGHT-TO-LEFT ISOLATE",
        [0x2068] = "FIRST STRONG ISOLATE",
        [0x2069] = "POP DIRECTIONAL ISOLATE",
        [0x206A] = "INHIBIT SYMMETRIC SWAPPING",
        [0x206B] = "ACTIVATE SYMMETRIC SWAPPING",
        [0x206C] = "INHIBIT ARABIC FORM SHAPING",
        [0x206D] = "ACTIVATE ARABIC FORM SHAPING",
        [0x206E] = "NATIONAL DIGIT SHAPES",
        [0x206F] = "NOMINAL DIGIT SHAPES",
        [0x3164] = "HANGUL FILLER",
        [0xFEFF] = "ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)",
        [0xFFA0] = "HALFWIDTH HANGUL FILLER",
        [0xFFF9] = "INTERLINEAR ANNOTATION ANCHOR",
        [0xFFFA] = "INTERLINEAR ANNOTATION SEPARATOR",
        [0xFFFB] = "INTERLINEAR ANNOTATION TERMINATOR",
        [0xE0001] = "LANGUAGE TAG",
        [0xE007F] = "CANCEL TAG",
    };

    // Format characters that text needs: Arabic's joiners and direction marks, and the visible Arabic signs that span
    // the number after them (number sign, year sign, footnote marker, page sign, end of ayah…).
    private static readonly HashSet<int> Allowed =
        [0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x0890, 0x0891, 0x08E2];

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="length"/> characters and an ellipsis, for echoing a value
    /// back in a message; never between the two halves of a character beyond U+FFFF (an emoji), which would leave a
    /// lone surrogate, shown as U+FFFD.
    /// </summary>
    public static string Shorten(string text, int length)
    {
        if (text.Length <= length) return text;
        var cut = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..cut] + "…";
    }

    /// <summary>The name of a refused character, or null when <paramref name="rune"/> is allowed in text.</summary>
    public static string? RefusedName(Rune rune)
    {
        var c = rune.Value;
        return c switch
        {
            0x09 or 0x0A or 0x0D => null, // tab and line breaks are text
            < 0x20 => C0[c],
            >= 0x80 and <= 0x9F => C1[c - 0x80],
            _ when Allowed.Contains(c) => null,
            _ when Named.TryGetValue(c, out var name) => name,
            >= 0xE0020 and <= 0xE007E => "TAG CHARACTER",
            // U+FDD0–U+FDEF and the last two code points of every plane are never characters.
            >= 0xFDD0 and <= 0xFDEF => "NONCHARACTER",
            _ when (c & 0xFFFE) == 0xFFFE => "NONCHARACTER",
            _ when Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format => "FORMAT CHARACTER",
            _ => null,
        };
    }

    /// <summary>The first refused character of <paramref name="text"/>, counting positions in characters as a person sees them.</summary>
    public static RefusedCharacter? FirstRefused(string? text)
    {
        if (text is null) return null;

        // Code points, not UTF-16 units: the tag characters lie beyond U+FFFF, and an emoji before a refused character
        // counts once in its position.
        var position = 1;
        for (var i = 0; i < text.Length; position++)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var units) != OperationStatus.Done)
            {
                return new(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture), "UNPAIRED SURROGATE", position);
            }

            if (RefusedName(rune) is { } name)
            {
                return new(rune.Value.ToString("X4", CultureInfo.InvariantCulture), name, position);
            }

            i += units;
        }

        return null;
    }
}
