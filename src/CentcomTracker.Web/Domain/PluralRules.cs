using System.Globalization;

namespace CentcomTracker.Web.Domain;

/// <summary>The CLDR plural categories: which form of a noun a count takes. Their keywords name resource entries.</summary>
public enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// <summary>
/// The CLDR cardinal plural rules for whole numbers in the two languages of the interface. English has one ("1 row")
/// and other ("0 rows", "2 rows"); Arabic has all six: zero (0), one (1), two (2), few (3–10, 103–110…: the last two
/// digits 3–10), many (11–99, 111–199…: the last two digits 11–99) and other (100–102, 200…). Another language gets
/// "other" only, as CLDR's root does.
/// </summary>
public static class PluralRules
{
    private static readonly PluralCategory[] EnglishCategories = [PluralCategory.One, PluralCategory.Other];

    private static readonly PluralCategory[] ArabicCategories =
        [PluralCategory.Zero, PluralCategory.One, PluralCategory.Two, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other];

    private static readonly PluralCategory[] RootCategories = [PluralCategory.Other];

    public static PluralCategory Category(long count, CultureInfo culture) => Category(count, culture.TwoLetterISOLanguageName);

    /// <summary>The category of a count in a language (a two-letter code: "en", "ar").</summary>
    public static PluralCategory Category(long count, string language)
    {
        // CLDR's operand n is the absolute value; a count is never negative, but -1 row still reads as a row.
        var n = count < 0 ? (ulong)-(count + 1) + 1 : (ulong)count;
        return language switch
        {
            "en" => n == 1 ? PluralCategory.One : PluralCategory.Other,
            "ar" => (n, n % 100) switch
            {
                (0, _) => PluralCategory.Zero,
                (1, _) => PluralCategory.One,
                (2, _) => PluralCategory.Two,
                (_, >= 3 and <= 10) => PluralCategory.Few,
                (_, >= 11 and <= 99) => PluralCategory.Many,
                _ => PluralCategory.Other,
            },
            _ => PluralCategory.Other,
        };
    }

    /// <summary>The categories a language distinguishes, "other" last: the forms a count message needs in it.</summary>
    public static IReadOnlyList<PluralCategory> Categories(string language) => language switch
    {
        "en" => EnglishCategories,
        "ar" => ArabicCategories,
        _ => RootCategories,
    };

    /// <summary>The CLDR keyword of a category: "zero", "one", "two", "few", "many", "other".</summary>
    public static string Keyword(this PluralCategory category) => category switch
    {
        PluralCategory.Zero => "zero",
        PluralCategory.One => "one",
        PluralCategory.Two => "two",
        PluralCategory.Few => "few",
        PluralCategory.Many => "many",
        _ => "other",
    };
}
