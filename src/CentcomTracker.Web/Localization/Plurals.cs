using System.Globalization;
using Microsoft.AspNetCore.Mvc.Localization;

namespace CentcomTracker.Web.Localization;

/// <summary>
/// Messages whose words follow a count: "Data table (1 row)", "Data table (2 rows)"; "صف واحد", "صفّان", "3 صفوف",
/// "11 صفًا", "100 صف". The English gives two forms, one and other, and the English of other is the root of the keys
/// of the translations: a resource file has one entry per plural category of its language, "Data table ({0} rows)_one",
/// "…_two", "…_few", "…_many", "…_other" and "…_zero" for Arabic (<see cref="PluralRules"/>). A category without an
/// entry falls back to "…_other", and a message without any translation to the English.
/// </summary>
public static class Plurals
{
    /// <summary>The resource key of one form: "Data table ({0} rows)_few".</summary>
    public static string Key(string other, PluralCategory category) => other + "_" + category.Keyword();

    /// <summary>
    /// The name to look up for this count in the current UI language: a translation's key when <paramref name="has"/>
    /// finds one, else the English form itself (which the localizers give back as it is).
    /// </summary>
    public static string Name(long count, string one, string other, Func<string, bool> has)
    {
        var english = PluralRules.Category(count, "en") == PluralCategory.One ? one : other;
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (language == "en") return english;

        var exact = Key(other, PluralRules.Category(count, language));
        if (has(exact)) return exact;
        var fallback = Key(other, PluralCategory.Other);
        return has(fallback) ? fallback : english;
    }

    /// <summary>A count message in a view, its arguments HTML-encoded as <c>Localizer[…]</c> encodes them.</summary>
    public static LocalizedHtmlString Plural(this IHtmlLocalizer localizer, long count, string one, string other, params object[] arguments) =>
        localizer[Name(count, one, other, key => !localizer.GetString(key).ResourceNotFound), arguments];

    /// <summary>A count message composed in C#.</summary>
    public static LocalizedString Plural(this IStringLocalizer localizer, long count, string one, string other, params object[] arguments) =>
        localizer[Name(count, one, other, key => !localizer[key].ResourceNotFound), arguments];
}
