using System.Globalization;
using CentcomTracker.Web.Domain;
using CentcomTracker.Web.Localization;

namespace CentcomTracker.Tests.Domain;

/// <summary>The CLDR cardinal rules for whole numbers, and how a count message picks its words by them.</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData(0, PluralCategory.Other)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Other)]
    [InlineData(3, PluralCategory.Other)]
    [InlineData(10, PluralCategory.Other)]
    [InlineData(11, PluralCategory.Other)]
    [InlineData(21, PluralCategory.Other)]
    [InlineData(99, PluralCategory.Other)]
    [InlineData(100, PluralCategory.Other)]
    [InlineData(101, PluralCategory.Other)]
    [InlineData(102, PluralCategory.Other)]
    [InlineData(103, PluralCategory.Other)]
    [InlineData(111, PluralCategory.Other)]
    [InlineData(1_000_001, PluralCategory.Other)]
    public void English_says_one_for_1_alone(long count, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Category(count, "en"));

    [Theory]
    [InlineData(0, PluralCategory.Zero)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Two)]
    [InlineData(3, PluralCategory.Few)]
    [InlineData(10, PluralCategory.Few)]
    [InlineData(11, PluralCategory.Many)]
    [InlineData(26, PluralCategory.Many)]
    [InlineData(99, PluralCategory.Many)]
    [InlineData(100, PluralCategory.Other)]
    [InlineData(101, PluralCategory.Other)]
    [InlineData(102, PluralCategory.Other)]
    [InlineData(103, PluralCategory.Few)]
    [InlineData(110, PluralCategory.Few)]
    [InlineData(111, PluralCategory.Many)]
    [InlineData(199, PluralCategory.Many)]
    [InlineData(200, PluralCategory.Other)]
    [InlineData(1_000, PluralCategory.Other)]
    [InlineData(1_002, PluralCategory.Other)]
    [InlineData(1_005, PluralCategory.Few)]
    [InlineData(1_011, PluralCategory.Many)]
    public void Arabic_has_six_categories_decided_by_the_number_and_its_last_two_digits(long count, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Category(count, "ar"));

    [Fact]
    public void The_category_follows_the_culture_s_language_and_a_language_without_rules_says_other()
    {
        Assert.Equal(PluralCategory.Two, PluralRules.Category(2, CultureInfo.GetCultureInfo("ar")));
        Assert.Equal(PluralCategory.Two, PluralRules.Category(2, CultureInfo.GetCultureInfo("ar-EG")));
        Assert.Equal(PluralCategory.One, PluralRules.Category(1, CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal(PluralCategory.Other, PluralRules.Category(1, "ja"));
        Assert.Equal(PluralCategory.Other, PluralRules.Category(1, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_negative_count_takes_the_category_of_its_absolute_value()
    {
        Assert.Equal(PluralCategory.One, PluralRules.Category(-1, "en"));
        Assert.Equal(PluralCategory.Many, PluralRules.Category(-11, "ar"));
        Assert.Equal(PluralCategory.Few, PluralRules.Category(long.MinValue, "ar")); // 9223372036854775808 ends in 08, without overflowing
    }

    [Fact]
    public void Each_language_lists_the_categories_it_distinguishes_with_other_last()
    {
        Assert.Equal([PluralCategory.One, PluralCategory.Other], PluralRules.Categories("en"));
        Assert.Equal(
            [PluralCategory.Zero, PluralCategory.One, PluralCategory.Two, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
            PluralRules.Categories("ar"));
        Assert.Equal([PluralCategory.Other], PluralRules.Categories("ja"));
        Assert.Equal(["zero", "one", "two", "few", "many", "other"], PluralRules.Categories("ar").Select(c => c.Keyword()));
    }

    [Theory]
    [InlineData(0, "This row has 0 fields; the header has 13.")]
    [InlineData(1, "This row has 1 field; the header has 13.")]
    [InlineData(2, "This row has 2 fields; the header has 13.")]
    [InlineData(101, "This row has 101 fields; the header has 13.")]
    public void A_counted_message_says_its_English_by_the_count(long count, string expected)
    {
        var message = Message.Counted(count, "This row has {0} field; the header has {1}.", "This row has {0} fields; the header has {1}.", count, 13);
        Assert.Equal(expected, message.ToString());
        Assert.Equal("This row has {0} fields; the header has {1}.", message.Template);
    }

    [Fact]
    public void Counted_messages_are_equal_only_with_the_same_count_and_words()
    {
        Message Fields(long n) => Message.Counted(n, "{0} field", "{0} fields", n);
        Assert.Equal(Fields(3), Fields(3));
        Assert.NotEqual(Fields(1), Fields(3));
        Assert.NotEqual(Fields(3), new Message("{0} fields", 3L));
    }

    // The translations a resource file might hold for "{0} rows": all six Arabic forms, or only some.
    private static readonly Dictionary<string, string> AllForms = new()
    {
        ["{0} rows_zero"] = "لا صفوف",
        ["{0} rows_one"] = "صف واحد",
        ["{0} rows_two"] = "صفّان",
        ["{0} rows_few"] = "{0} صفوف",
        ["{0} rows_many"] = "{0} صفًا",
        ["{0} rows_other"] = "{0} صف",
    };

    private static string Pick(long count, IReadOnlyDictionary<string, string> translations, CultureInfo culture)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var name = Plurals.Name(count, "{0} row", "{0} rows", translations.ContainsKey);
            return string.Format(CultureInfo.InvariantCulture, translations.GetValueOrDefault(name, name), count);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData(0, "لا صفوف")]
    [InlineData(1, "صف واحد")]
    [InlineData(2, "صفّان")]
    [InlineData(3, "3 صفوف")]
    [InlineData(10, "10 صفوف")]
    [InlineData(11, "11 صفًا")]
    [InlineData(99, "99 صفًا")]
    [InlineData(100, "100 صف")]
    [InlineData(101, "101 صف")]
    [InlineData(102, "102 صف")]
    [InlineData(103, "103 صفوف")]
    [InlineData(111, "111 صفًا")]
    public void An_Arabic_count_message_takes_the_entry_of_its_category(long count, string expected) =>
        Assert.Equal(expected, Pick(count, AllForms, CultureInfo.GetCultureInfo("ar")));

    [Theory]
    [InlineData(0, "0 rows")]
    [InlineData(1, "1 row")]
    [InlineData(2, "2 rows")]
    [InlineData(11, "11 rows")]
    [InlineData(101, "101 rows")]
    public void An_English_count_message_takes_one_or_other_and_never_an_Arabic_entry(long count, string expected) =>
        Assert.Equal(expected, Pick(count, AllForms, CultureInfo.GetCultureInfo("en")));

    [Fact]
    public void A_missing_Arabic_category_falls_back_to_other_and_a_missing_translation_to_the_English()
    {
        var onlyOther = new Dictionary<string, string> { ["{0} rows_other"] = "{0} صف" };
        var ar = CultureInfo.GetCultureInfo("ar");
        Assert.Equal("2 صف", Pick(2, onlyOther, ar));
        Assert.Equal("11 صف", Pick(11, onlyOther, ar));
        Assert.Equal("1 row", Pick(1, new Dictionary<string, string>(), ar));
        Assert.Equal("2 rows", Pick(2, new Dictionary<string, string>(), ar));
    }

    [Fact]
    public void The_keys_of_the_forms_are_the_English_other_and_the_CLDR_keyword()
    {
        Assert.Equal("Data table ({0} rows)_few", Plurals.Key("Data table ({0} rows)", PluralCategory.Few));
        Assert.Equal("Data table ({0} rows)_other", Plurals.Key("Data table ({0} rows)", PluralCategory.Other));
    }
}
