using System.Globalization;

namespace CentcomTracker.Web.Domain.Extraction;

/// <summary>
/// A number as written, over tokens [First, Last): digits, words, or both ("9 آلاف", "ألفين و500", "two hundred").
/// <see cref="Ambiguous"/> when its digits have a dot before exactly three digits ("1.000"): then it has no value.
/// </summary>
internal sealed record NumberMention(int First, int Last, decimal Value, bool HasDigits, bool Ambiguous)
{
    public bool IsWhole => Value == decimal.Truncate(Value);
}

/// <summary>
/// Reads numbers written in digits (with thousands separators; "1.5m" for millions), in English words ("eleven", "two hundred and fifty")
/// and in Arabic words ("ثلاثة وعشرين", "ألفين و500", "9 آلاف"). Arabic-Indic digits are already Latin here.
/// </summary>
internal static class NumberReader
{
    private static readonly Dictionary<string, int> English = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000,
    };

    // Normalised spellings (no diacritics, one alef, ة as ه, ى as ي).
    private static readonly Dictionary<string, int> Arabic = new(StringComparer.Ordinal)
    {
        ["واحد"] = 1, ["واحده"] = 1, ["احد"] = 1, ["احدي"] = 1, ["اثني"] = 2, ["اثنتي"] = 2, ["اثنان"] = 2, ["اثنين"] = 2, ["اثنتان"] = 2, ["اثنتين"] = 2, ["اثنا"] = 2, ["اثنتا"] = 2,
        ["ثلاث"] = 3, ["ثلاثه"] = 3, ["اربع"] = 4, ["اربعه"] = 4, ["خمس"] = 5, ["خمسه"] = 5, ["ست"] = 6, ["سته"] = 6,
        ["سبع"] = 7, ["سبعه"] = 7, ["ثمان"] = 8, ["ثماني"] = 8, ["ثمانيه"] = 8, ["تسع"] = 9, ["تسعه"] = 9,
        ["عشر"] = 10, ["عشره"] = 10, ["عشرون"] = 20, ["عشرين"] = 20, ["ثلاثون"] = 30, ["ثلاثين"] = 30, ["اربعون"] = 40,
        ["اربعين"] = 40, ["خمسون"] = 50, ["خمسين"] = 50, ["ستون"] = 60, ["ستين"] = 60, ["سبعون"] = 70, ["سبعين"] = 70,
        ["ثمانون"] = 80, ["ثمانين"] = 80, ["تسعون"] = 90, ["تسعين"] = 90, ["مئه"] = 100, ["مائه"] = 100, ["مئتان"] = 200,
        ["مئتين"] = 200, ["مائتان"] = 200, ["مائتين"] = 200, ["الف"] = 1_000, ["الفا"] = 1_000, ["الاف"] = 1_000,
        ["الفان"] = 2_000, ["الفين"] = 2_000, ["مليون"] = 1_000_000, ["ملايين"] = 1_000_000, ["مليونان"] = 2_000_000, ["مليونين"] = 2_000_000,

        // Before a noun, a dual loses its ن ("مئتي مقاتل", "مئتا معتقل", "ألفي شخص"); a unit in the accusative keeps the
        // alif of its tanwin ("ثلاثاً وعشرين غارة").
        ["مئتا"] = 200, ["مئتي"] = 200, ["مائتا"] = 200, ["مائتي"] = 200, ["الفي"] = 2_000,
        ["واحدا"] = 1, ["ثلاثا"] = 3, ["اربعا"] = 4, ["خمسا"] = 5, ["ستا"] = 6, ["سبعا"] = 7, ["ثمانيا"] = 8, ["تسعا"] = 9, ["عشرا"] = 10,
    };

    // Words after "1.5m" that make it metres: "1.5m high", "2.5m away", "1.5m-high".
    private static readonly HashSet<string> Measures = ["high", "long", "deep", "wide", "tall", "thick", "away", "apart", "radius"];

    /// <summary>Whether "1.5m" at token <paramref name="i"/> is a length ("1.5m high", "1.5m-high"), not millions ("$1.5m", "1.5m - mostly women").</summary>
    private static bool IsMetres(IReadOnlyList<Token> tokens, int i)
    {
        if (tokens[i] is not { Kind: TokenKind.Word } word || !word.Text.EndsWith('m') && !word.Text.EndsWith("mn", StringComparison.Ordinal)) return false;
        if (i > 0 && tokens[i - 1] is { Text: "$" or "£" or "€" } currency && currency.End == tokens[i].Start) return false;
        var next = i + 1;
        if (next + 1 < tokens.Count && tokens[next].Text == "-" && tokens[next].Start == tokens[i].End && tokens[next].End == tokens[next + 1].Start) next++;
        return next < tokens.Count && Measures.Contains(tokens[next].Text);
    }

    private static readonly HashSet<string> Multipliers = ["thousand", "million", "الف", "الفا", "الاف", "مليون", "ملايين"];

    public static List<NumberMention> Read(IReadOnlyList<Token> tokens, int first, int last)
    {
        var numbers = new List<NumberMention>();
        for (var i = first; i < last;)
        {
            if (TryRead(tokens, i, last, out var number))
            {
                numbers.Add(number);
                i = number.Last;
            }
            else
            {
                i++;
            }
        }

        return numbers;
    }

    private static bool TryRead(IReadOnlyList<Token> tokens, int start, int last, out NumberMention number)
    {
        number = null!;
        decimal total = 0, current = 0, lastMultiplier = 0;
        var hasDigits = false;
        var ambiguous = false;
        var end = start;
        var previous = Part.None;
        for (var i = start; i < last; i++)
        {
            var text = tokens[i].Text;
            if (i > start)
            {
                // "9 000", "1 500 000": thousands grouped by spaces. A space also parts two numbers, so the whole is set
                // aside, as a dot before three digits is: never read as 9, nor as 9,000.
                if (previous == Part.Digits && IsSpaceGroup(tokens, i))
                {
                    ambiguous = true;
                    end = i + 1;
                    continue;
                }

                // English joins "two hundred and fifty"; skip the "and" when a word number follows a hundred or thousand.
                if (text == "and" && previous == Part.English && current % 100 == 0 && i + 1 < last && English.TryGetValue(tokens[i + 1].Text, out var after) && after < 100)
                {
                    continue;
                }

                // "مليون ونصف", "ألف ونصف": and a half of the thousand or million just read (1,500,000; 1,500).
                if (previous == Part.Arabic && text == "ونصف" && lastMultiplier > 0)
                {
                    total += current + lastMultiplier / 2;
                    current = 0;
                    end = i + 1;
                    lastMultiplier = 0;
                    continue;
                }

                // Arabic joins parts with a prefixed و: "ثلاثة وعشرين", "ألفين وخمسمائة", "ألفين و500" (و a token of its
                // own before digits).
                if (previous == Part.Arabic && text == "و" && i + 1 < last && tokens[i].End == tokens[i + 1].Start && IsArabicPart(tokens[i + 1].Text))
                {
                    i++;
                    text = tokens[i].Text;
                }
                else if (previous == Part.Arabic && text.Length > 1 && text[0] == 'و' && IsArabicPart(text[1..]))
                {
                    text = text[1..];
                }
                else if (!Multipliers.Contains(text) && !Continues(previous, text, current, total))
                {
                    break;
                }
            }

            // A dot before three digits has no value, but is still one number ("1.000", "1.500 million"): the whole
            // of it is set aside rather than a part read as a smaller number.
            var dotThousands = tokens[i].Kind == TokenKind.Digits && IsDotThousands(text);
            if (!TryValue(tokens[i].Kind, text, IsMetres(tokens, i), out var value, out var part) && !dotThousands)
            {
                break;
            }

            if (i > start && part == Part.Digits && previous != Part.Arabic)
            {
                break; // two runs of digits are two numbers
            }

            if (Multipliers.Contains(text) && (current > 0 || total > 0))
            {
                total += current * value;
                current = 0;
                lastMultiplier = value;
            }
            else if (Multipliers.Contains(text) || part == Part.Arabic && value is 2_000 or 2_000_000)
            {
                current += value;  // "ألف", "مليون", "ألفين": a thousand or a million on its own
                lastMultiplier = value is 2_000 or 2_000_000 ? value / 2 : value;
            }
            else if (value == 100 && current is > 0 and < 10 && part != Part.Digits)
            {
                current *= 100;
            }
            else
            {
                current += value; // also أحد عشر … تسعة عشر: a unit, then ten
            }

            hasDigits |= part == Part.Digits;
            ambiguous |= dotThousands;
            previous = part;
            end = i + 1;
        }

        if (end == start)
        {
            return false;
        }

        number = new NumberMention(start, end, ambiguous ? 0 : total + current, hasDigits, ambiguous);
        return true;
    }

    private enum Part { None, Digits, English, Arabic }

    /// <summary>Whether a word carries on a number written in words: "twenty five", "five hundred", "ثلاثة عشر".</summary>
    private static bool Continues(Part previous, string text, decimal current, decimal total)
    {
        if (previous == Part.English && English.TryGetValue(text, out var value))
        {
            return value == 100 && current is > 0 and < 10
                || value < 10 && current is >= 20 and < 100 && current % 10 == 0
                || current == 0 && total > 0 && value < 100
                || current % 100 == 0 && current > 0 && value < 100;
        }

        return previous == Part.Arabic && (text is "عشر" or "عشره" && current is > 0 and < 10 || text is "مئه" or "مائه" && current is > 0 and < 10);
    }

    private static bool IsSpaceGroup(IReadOnlyList<Token> tokens, int i) =>
        tokens[i] is { Kind: TokenKind.Digits, Text.Length: 3 } group && group.Text.All(char.IsAsciiDigit)
        && tokens[i - 1] is { Kind: TokenKind.Digits, Text.Length: <= 3 } before && before.Text.All(char.IsAsciiDigit) && before.End + 1 == group.Start;

    private static bool IsArabicPart(string text) => Arabic.ContainsKey(text) || ArabicHundreds(text) is not null || text.All(char.IsAsciiDigit);

    /// <summary>"خمسمئة", "ثلاثمائة": a unit and a hundred written as one word.</summary>
    private static int? ArabicHundreds(string text)
    {
        foreach (var hundred in (string[])["مئه", "مائه"])
        {
            if (text.EndsWith(hundred, StringComparison.Ordinal) && Arabic.TryGetValue(text[..^hundred.Length], out var unit) && unit is > 2 and < 10)
            {
                return unit * 100;
            }
        }

        return null;
    }

    /// <summary>
    /// "1.000", "43.000", "1.500", "1.000.000": a dot before exactly three digits separates thousands in German,
    /// Turkish, Indonesian and others (and in translations from them), and is a decimal point in English. Neither
    /// the number nor the extractor's languages settle which, and either guess can be a thousand times off, so such
    /// a number is never read as a value. "2.50" (two decimals) is a decimal point in any case.
    /// </summary>
    private static bool IsDotThousands(string text)
    {
        for (var i = text.IndexOf('.', StringComparison.Ordinal); i >= 0; i = text.IndexOf('.', i + 1))
        {
            var digits = 0;
            while (i + 1 + digits < text.Length && char.IsAsciiDigit(text[i + 1 + digits])) digits++;
            if (digits == 3) return true;
        }

        return false;
    }

    /// <summary>
    /// "1.5m", "2mn": millions, as headlines and some releases write them. A whole number before "m" is more often
    /// metres ("a 5m wall", "within 500m"), so "m" is read only after a decimal ("43k" is not read either).
    /// </summary>
    private static decimal? Millions(string text)
    {
        var digits = text.EndsWith("mn", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('m') && text.Contains('.', StringComparison.Ordinal) ? text[..^1] : "";
        return digits.Length > 0 && char.IsAsciiDigit(digits[0]) && digits.All(c => char.IsAsciiDigit(c) || c is ',' or '.') && !IsDotThousands(digits)
            && decimal.TryParse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value * 1_000_000
            : null;
    }

    private static int? HyphenTens(string text)
    {
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || !English.TryGetValue(text[..dash], out var tens) || !English.TryGetValue(text[(dash + 1)..], out var unit)) return null;
        return tens is >= 20 and <= 90 && tens % 10 == 0 && unit is >= 1 and <= 9 ? tens + unit : null;
    }

    private static bool TryValue(TokenKind kind, string text, bool metres, out decimal value, out Part part)
    {
        value = 0;
        part = Part.Digits;
        if (kind == TokenKind.Digits || text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c is ',' or '.'))
        {
            return char.IsAsciiDigit(text[0]) && !IsDotThousands(text) && decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        if (kind != TokenKind.Word) return false;
        if (!metres && Millions(text) is { } millions) { value = millions; return true; }
        part = Part.English;
        if (English.TryGetValue(text, out var english)) { value = english; return true; }
        if (HyphenTens(text) is { } hyphen) { value = hyphen; return true; }
        part = Part.Arabic;
        if (Arabic.TryGetValue(text, out var arabic)) { value = arabic; return true; }
        if (ArabicHundreds(text) is { } hundreds) { value = hundreds; return true; }
        return false;
    }
}
