using CentcomTracker.Web.Domain;

namespace CentcomTracker.Tests.Domain;

public sealed class InputRulesTests
{
    private static readonly Dictionary<string, MetricKind> Metrics = new()
    {
        ["operations"] = MetricKind.Count,
        ["camp-population"] = MetricKind.Level,
    };

    private static readonly string[] Theatres = ["IQ", "SY", "IQ+SY"];

    private static IReadOnlyList<FieldError> Errors(string? metric = "operations", string? theatre = "IQ", string? period = "2024-06",
        string? value = "12", string? qualifier = "exact", string? quote = "It said 12.", string? translation = null) =>
        InputRules.CheckFigure(new(metric, theatre, period, value, qualifier, quote, translation, null), Metrics, Theatres).Errors;

    [Fact]
    public void A_complete_figure_passes_and_is_parsed()
    {
        var (figure, errors) = InputRules.CheckFigure(new("operations", "IQ", "2024-06", "١٢", "more-than", " It said 12. ", null, null), Metrics, Theatres);
        Assert.Empty(errors);
        Assert.Equal(12, figure!.Value);
        Assert.Equal(Qualifier.MoreThan, figure.Qualifier);
        Assert.Equal(Period.Parse("2024-06"), figure.Period);
        Assert.Equal("It said 12.", figure.Quote);
    }

    [Theory]
    [InlineData("-5", "value", "A figure cannot be negative.")]
    [InlineData("12a", "value", "\"12a\" is not a whole number: write it without separators, e.g. 9000.")]
    [InlineData("9,000", "value", "\"9,000\" is not a whole number: write it without separators, e.g. 9000.")]
    [InlineData("", "value", "Enter the number the source reported.")]
    [InlineData("99999999999", "value", "99,999,999,999 is beyond any plausible figure (the limit is 10,000,000); check for a typing error.")]
    [InlineData("99999999999999999999", "value", "99,999,999,999,999,999,999 is beyond any plausible figure (the limit is 10,000,000); check for a typing error.")]
    [InlineData("-99999999999999999999", "value", "A figure cannot be negative.")]
    public void Bad_values_are_refused_with_a_reason(string value, string field, string message)
    {
        var error = Assert.Single(Errors(value: value));
        Assert.Equal(field, error.Field);
        Assert.Equal(message, error.Message.ToString());
    }

    [Fact]
    public void A_message_keeps_what_was_typed_apart_from_its_words_so_a_page_can_translate_it()
    {
        var error = Assert.Single(Errors(value: "12a"));
        Assert.Equal(new Message("\"{0}\" is not a whole number: write it without separators, e.g. 9000.", "12a"), error.Message);

        var period = Assert.Single(Errors(period: "2024-13")).Message;
        Assert.Equal("\"{0}\" is not a period: {1}", period.Template);
        Assert.Equal(new Message("month {0} does not exist; months run from 01 to 12.", "13"), period.Arguments[1]);
    }

    [Fact]
    public void Unknown_codes_an_impossible_period_and_an_empty_quote_are_each_named()
    {
        Assert.Equal("metric", Assert.Single(Errors(metric: "nope")).Field);
        Assert.Equal("theatre", Assert.Single(Errors(theatre: "XX")).Field);
        Assert.Equal("\"2024-13\" is not a period: month 13 does not exist; months run from 01 to 12.", Assert.Single(Errors(period: "2024-13")).Message.ToString());
        Assert.Equal("qualifier", Assert.Single(Errors(qualifier: "roughly")).Field);
        Assert.Equal("quote", Assert.Single(Errors(quote: "  ")).Field);
        Assert.Equal("translation", Assert.Single(Errors(translation: new string('x', 4001))).Field);
    }

    [Fact]
    public void A_level_takes_a_date_not_a_span()
    {
        Assert.Empty(Errors(metric: "camp-population", period: "2024-07-16"));
        Assert.Empty(Errors(metric: "camp-population", period: "2019"));
        var error = Assert.Single(Errors(metric: "camp-population", period: "2024-H1"));
        Assert.Equal("period", error.Field);
        Assert.StartsWith("A level is a quantity at a date", error.Message.ToString());
        Assert.Single(Errors(metric: "camp-population", period: "2024-08-29..2024-11-04"));
    }

    [Theory]
    [InlineData("ftp://example.org/x", "source_url")]
    [InlineData("javascript:alert(1)", "source_url")]
    [InlineData("not a url", "source_url")]
    public void A_source_url_must_be_http_or_https(string url, string field) =>
        Assert.Equal(field, Assert.Single(InputRules.CheckSource(new("CENTCOM", "Release", url, "2024-07-16", "en", "primary", null)).Errors).Field);

    [Fact]
    public void A_source_date_is_a_day_or_a_month()
    {
        Assert.Empty(InputRules.CheckSource(new("CENTCOM", "Release", "https://www.centcom.mil/", "2023-08", "en", null, null)).Errors);
        Assert.Equal("source_date", Assert.Single(InputRules.CheckSource(new("CENTCOM", "Release", null, "2024-H1", "en", null, null)).Errors).Field);
        Assert.Equal("source_language", Assert.Single(InputRules.CheckSource(new("CENTCOM", "Release", null, "2024-07-16", "English!", null, null)).Errors).Field);
    }

    [Theory]
    [InlineData("0001-01")]
    [InlineData("2204")]
    [InlineData("1999-12-31")]
    public void A_period_outside_the_years_covered_is_a_typing_slip(string period)
    {
        var error = Assert.Single(Errors(period: period));
        Assert.Equal("period", error.Field);
        Assert.Contains("outside the years this tracker covers (2000–2099)", error.Message.ToString());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1 operation")]
    [InlineData("@SUM(A1)")]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_refused(string quote) =>
        Assert.StartsWith("Cannot start with", Assert.Single(Errors(quote: quote)).Message.ToString());

    [Fact]
    public void A_language_code_longer_than_the_column_is_refused() =>
        Assert.Equal("source_language", Assert.Single(InputRules.CheckSource(new("CENTCOM", "Release", null, "2024-07-16", "en-abcdefgh-abcdefgh", null, null)).Errors).Field);

    [Theory]
    [InlineData("A quote with a NUL\u0000 inside", "0000")]
    [InlineData("An escape \u001B[31m sequence", "001B")]
    [InlineData("A delete\u007F character", "007F")]
    public void Invisible_control_characters_are_refused(string quote, string code)
    {
        var error = Assert.Single(Errors(quote: quote));
        Assert.Equal("quote", error.Field);
        Assert.Contains($"U+{code}", error.Message.ToString());
    }

    [Fact]
    public void Tabs_and_line_breaks_inside_a_quote_are_text() =>
        Assert.Empty(Errors(quote: "Line one,\r\n12 on line two\tand a tab."));

    [Fact]
    public void A_level_may_be_marked_a_peak_but_a_count_may_not_and_the_flag_must_be_readable()
    {
        var (peak, none) = InputRules.CheckFigure(new("camp-population", "SY", "2019", "70000", "more-than", "the peak of over 70,000 in 2019", null, null, "true"), Metrics, Theatres);
        Assert.Empty(none);
        Assert.True(peak!.IsPeak);

        var (plain, _) = InputRules.CheckFigure(new("camp-population", "SY", "2024-07-16", "43000", "more-than", "more than 43,000", null, null, ""), Metrics, Theatres);
        Assert.False(plain!.IsPeak);

        Assert.Equal("peak", Assert.Single(InputRules.CheckFigure(new("operations", "IQ", "2024-06", "12", null, "12 operations", null, null, "true"), Metrics, Theatres).Errors).Field);
        Assert.Equal("peak", Assert.Single(InputRules.CheckFigure(new("camp-population", "SY", "2019", "70000", null, "the peak of over 70,000 in 2019", null, null, "maybe"), Metrics, Theatres).Errors).Field);
    }

    [Theory]
    [InlineData("12 ops \u202E in Iraq.", "202E", "RIGHT-TO-LEFT OVERRIDE", 8)]
    [InlineData("12\u200B operations.", "200B", "ZERO WIDTH SPACE", 3)]
    [InlineData("12 operations\u0085 in Iraq.", "0085", "NEXT LINE", 14)]
    [InlineData("\u009B31m 12 operations.", "009B", "CONTROL SEQUENCE INTRODUCER", 1)]
    [InlineData("12 \u2067operations\u2069.", "2067", "RIGHT-TO-LEFT ISOLATE", 4)]
    [InlineData("12 \u202Aoperations.", "202A", "LEFT-TO-RIGHT EMBEDDING", 4)]
    [InlineData("12 operations\u2060.", "2060", "WORD JOINER", 14)]
    [InlineData("12 oper\uFEFFations.", "FEFF", "ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)", 8)]
    [InlineData("\U0001F600 12\u202E", "202E", "RIGHT-TO-LEFT OVERRIDE", 5)]
    public void Invisible_and_direction_changing_characters_are_refused_with_their_name_and_position(string quote, string code, string name, int position)
    {
        var error = Assert.Single(Errors(quote: quote));
        Assert.Equal("quote", error.Field);
        Assert.Equal([code, name, position], error.Message.Arguments);
    }

    // Format characters beyond the bidirectional controls, the blank fillers, and what lies beyond U+FFFF (where a
    // check of single UTF-16 units never looks): each is named, at its position in code points.
    [Theory]
    [InlineData("12 operations\U000E0041\U000E0042.", "E0041", "TAG CHARACTER", 14)]
    [InlineData("12\U000E0001 operations.", "E0001", "LANGUAGE TAG", 3)]
    [InlineData("\U0001F600 12\U000E007F", "E007F", "CANCEL TAG", 5)]
    [InlineData("12\u2062 operations.", "2062", "INVISIBLE TIMES", 3)]
    [InlineData("12\u2063 operations.", "2063", "INVISIBLE SEPARATOR", 3)]
    [InlineData("12 oper\u00ADations.", "00AD", "SOFT HYPHEN", 8)]
    [InlineData("12 \u3164 operations.", "3164", "HANGUL FILLER", 4)]
    [InlineData("12 \u115F operations.", "115F", "HANGUL CHOSEONG FILLER", 4)]
    [InlineData("12\u180E operations.", "180E", "MONGOLIAN VOWEL SEPARATOR", 3)]
    [InlineData("12 o\u034Fperations.", "034F", "COMBINING GRAPHEME JOINER", 5)]
    [InlineData("12 operations\uFFF9.", "FFF9", "INTERLINEAR ANNOTATION ANCHOR", 14)]
    [InlineData("12 operations\U0001D173.", "1D173", "FORMAT CHARACTER", 14)]
    [InlineData("12 operations\uFDD0.", "FDD0", "NONCHARACTER", 14)]
    public void Other_format_characters_and_blank_fillers_are_refused_with_their_name_and_position(string quote, string code, string name, int position)
    {
        var error = Assert.Single(Errors(quote: quote));
        Assert.Equal("quote", error.Field);
        Assert.Equal([code, name, position], error.Message.Arguments);
    }

    [Fact]
    public void Half_of_a_surrogate_pair_is_refused()
    {
        // A fact, not inline data: the test runner's serialization would replace the lone half before it got here.
        var error = Assert.Single(Errors(quote: "12 operations" + '\uD800' + "."));
        Assert.Equal(["D800", "UNPAIRED SURROGATE", 14], error.Message.Arguments);
    }

    [Fact]
    public void A_source_title_or_publisher_with_a_tag_character_is_refused()
    {
        var errors = InputRules.CheckSource(new("CENTCOM\U000E0041", "Release\u00AD", "https://example.org/", "2024-07-16", "en", "primary", null)).Errors;
        Assert.Equal(["source_publisher", "source_title"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Emoji_and_Arabic_signs_over_numbers_are_text()
    {
        // Beyond U+FFFF is not refused as such, and the Arabic number and year signs (format characters) are visible.
        Assert.Empty(Errors(quote: "\U0001F600 12 operations \U0001F1EE\U0001F1F6."));
        Assert.Empty(Errors(quote: "\u0600١٢ عملية في سنة \u0601٢٠٢٤ \u06DD١."));
    }

    [Theory]
    [InlineData("operations", "2027-01", "2026-12-02", false)]
    [InlineData("operations", "2026-12-03..2027-01-31", "2026-12-02", false)]
    [InlineData("camp-population", "2027-01-15", "2026-12-02", false)]
    [InlineData("camp-population", "2026-12-03", "2026-12-02", false)]
    [InlineData("operations", "2027", "2026-12", false)]
    [InlineData("operations", "2026-12", "2026-12-02", true)]
    [InlineData("operations", "2026", "2026-12-02", true)]
    [InlineData("camp-population", "2026-12-02", "2026-12-02", true)]
    [InlineData("camp-population", "2026-12-20", "2026-12", true)]
    public void A_period_must_have_begun_when_its_source_was_published(string metric, string period, string published, bool accepted)
    {
        var errors = InputRules.CheckFigure(new(metric, "SY", period, "12", "exact", "It said 12.", null, null), Metrics, Theatres, Period.Parse(published)).Errors;
        if (accepted)
        {
            Assert.Empty(errors);
        }
        else
        {
            var error = Assert.Single(errors);
            Assert.Equal("period", error.Field);
            Assert.Equal([period, published], error.Message.Arguments);
        }
    }

    [Fact]
    public void Arabic_joiners_and_direction_marks_are_text()
    {
        // ZWNJ, ZWJ, LRM, RLM and ALM shape and order Arabic text; they stay.
        Assert.Empty(Errors(quote: "نفذت\u200C القوات\u200D 12 عملية \u200E(CJTF-OIR)\u200F في العراق\u061C."));
        Assert.Empty(Errors(translation: "In June, \u200E12\u200F operations."));
    }

    [Fact]
    public void A_code_or_a_date_with_a_hidden_character_is_refused_for_the_character_alone()
    {
        var errors = InputRules.CheckFigure(new("operations\u200B", "IQ", "2024-06\u202E", "12\u0085", "exact", "It said 12.", null, null), Metrics, Theatres).Errors;
        Assert.Equal(["metric", "period", "value"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.StartsWith("Contains the invisible character", e.Message.Template));

        var source = InputRules.CheckSource(new("CENTCOM\u202E", "Release", "https://example.org/\u200B", "2024-07-16", "en\u009B", "primary", "\uFEFFnote")).Errors;
        Assert.Equal(["source_publisher", "source_url", "source_language", "source_note"], source.Select(e => e.Field));
    }
}
