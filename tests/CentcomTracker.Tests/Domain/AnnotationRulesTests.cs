using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;

namespace CentcomTracker.Tests.Domain;

public sealed class AnnotationRulesTests
{
    private static IReadOnlyList<string> Fields(string? date = "2024-01-03", string? text = "Kerman bombings", string? textAr = null,
        string? theatre = null, string? quote = "A sentence reporting it.") =>
        InputRules.CheckAnnotation(new(date, text, textAr, theatre, quote)).Errors.Select(e => e.Field).ToList();

    [Fact]
    public void A_complete_annotation_passes_and_is_trimmed_and_parsed()
    {
        var (valid, errors) = InputRules.CheckAnnotation(new("٢٠٢٤-٠١-٠٣", " Kerman bombings ", "  ", " SY ", " It happened. "));
        Assert.Empty(errors);
        Assert.Equal(new DateOnly(2024, 1, 3), valid!.Date);
        Assert.Equal(("Kerman bombings", null, "SY", "It happened."), (valid.Text, valid.TextAr, valid.Theatre, valid.Quote));
    }

    [Theory]
    [InlineData("", "date")]
    [InlineData("2024-01", "date")]
    [InlineData("2024-02-30", "date")]
    [InlineData("1999-12-31", "date")]
    [InlineData("2024-01-03\u200B", "date")]
    public void A_bad_day_is_refused(string date, string field) => Assert.Equal([field], Fields(date: date));

    [Fact]
    public void Text_and_quote_are_required_within_their_lengths_and_refuse_invisible_characters_and_formulas()
    {
        Assert.Equal(["text", "quote"], Fields(text: " ", quote: ""));
        Assert.Equal(["text"], Fields(text: new string('x', InputRules.MaxAnnotationText + 1)));
        Assert.Equal(["textAr"], Fields(textAr: "حدث\u202E"));
        Assert.Equal(["quote"], Fields(quote: "=HYPERLINK(\"x\")"));
    }

    [Theory]
    [InlineData("IQ", true)]
    [InlineData("SY", true)]
    [InlineData("", true)]
    [InlineData("IQ+SY", false)]
    [InlineData("XX", false)]
    public void The_theatre_is_Iraq_Syria_or_none(string theatre, bool accepted) =>
        Assert.Equal(accepted, !Fields(theatre: theatre).Contains("theatre"));

    [Theory]
    [InlineData(null, "IQ", true)]
    [InlineData("IQ", "IQ", true)]
    [InlineData("IQ", "IQ+SY", true)]
    [InlineData("IQ", "SY", false)]
    [InlineData("SY", "IQ", false)]
    public void An_event_is_drawn_where_its_theatre_is_shown(string? annotation, string shown, bool drawn) =>
        Assert.Equal(drawn, Annotation.Concerns(annotation, shown, shown == "IQ+SY" ? ["IQ", "SY"] : []));
}
