namespace CentcomTracker.Web.Domain;

public static class Digits
{
    /// <summary>
    /// Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits read as 0–9, so "٢٠٢٤-H1" is 2024-H1 and "٩٠٠٠"
    /// is 9000 wherever a person types a number or a period. Other scripts' digits are left alone (and refused).
    /// </summary>
    public static string ToLatin(string text)
    {
        if (!text.Any(c => c is >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                chars[i] = c switch
                {
                    >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                    >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                    _ => c,
                };
            }
        });
    }
}
