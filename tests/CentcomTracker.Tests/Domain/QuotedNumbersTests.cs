using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using CentcomTracker.Web.Domain.Extraction;

namespace CentcomTracker.Tests.Domain;

/// <summary>Whether a quote gives a figure's value, as the release reader reads numbers.</summary>
public sealed class QuotedNumbersTests
{
    [Theory]
    [InlineData("From January to June 2024, ISIS has claimed 153 attacks in Iraq and Syria.", 153)]
    [InlineData("The SDF holds more than 9,000 ISIS detainees.", 9000)]
    [InlineData("تحتجز قوات سوريا الديمقراطية أكثر من ٩٠٠٠ معتقل.", 9000)]
    [InlineData("تحتجز قوات سوريا الديمقراطية أكثر من ٩٬٠٠٠ معتقل.", 9000)]
    [InlineData("The above operations resulted in eight senior ISIS leaders killed and 32 captured.", 8)]
    [InlineData("…kill three ISIS operatives, and detained two…", 2)]
    [InlineData("ملاحقة ألفين و500 مقاتلٍ من داعش", 2500)]
    [InlineData("إعادة تأهيلِ 43 ألفَ فردٍ في مخيمي الهول والروج", 43000)]
    [InlineData("قتلت ثلاثة وعشرين عنصراً", 23)]
    public void A_quote_gives_a_value_written_in_digits_or_in_words(string quote, long value) =>
        Assert.True(QuotedNumbers.States(quote, value), string.Join(", ", QuotedNumbers.Read(quote).Select(n => $"{n.Written}={n.Value}")));

    [Fact]
    public void Years_and_dates_are_not_numbers_a_quote_gives()
    {
        const string quote = "From January to June 2024, ISIS has claimed 153 attacks in Iraq and Syria. At this rate, ISIS is on pace to more than double the total number of attacks they claimed in 2023";
        Assert.Equal(["153"], QuotedNumbers.Read(quote).Select(n => n.Written));
        Assert.False(QuotedNumbers.States(quote, 2024));
        Assert.Equal("The quote gives 153, not 160: correct the value or the quote, or confirm that the quote states this value in words.",
            FigureRules.QuoteError(160, quote, confirmed: false)!.ToString());
        Assert.Null(FigureRules.QuoteError(160, quote, confirmed: true));
    }

    [Fact]
    public void Every_input_path_refuses_a_value_its_quote_does_not_give_unless_confirmed()
    {
        var metrics = new Dictionary<string, MetricKind> { ["attacks-claimed"] = MetricKind.Count };
        InputRules.FigureInput Input(string? confirmed) =>
            new("attacks-claimed", "IQ+SY", "2024-H1", "160", "exact", "…ISIS has claimed 153 attacks…", null, null, ValueConfirmed: confirmed);

        var error = Assert.Single(InputRules.CheckFigure(Input(null), metrics, ["IQ+SY"]).Errors);
        Assert.Equal("value", error.Field);
        Assert.True(FigureRules.IsQuoteError(error.Message));
        Assert.Empty(InputRules.CheckFigure(Input("true"), metrics, ["IQ+SY"]).Errors);
        Assert.Equal("value_confirmed", Assert.Single(InputRules.CheckFigure(Input("maybe"), metrics, ["IQ+SY"]).Errors).Field);
    }

    [Fact]
    public void Every_seed_figure_whose_quote_does_not_give_its_value_says_why_in_its_note()
    {
        var unexplained = SeedData.LoadEmbedded().Figures
            .Where(f => !QuotedNumbers.States(f.Quote, f.Value) && string.IsNullOrWhiteSpace(f.Note))
            .Select(f => $"{f.Source} {f.Metric} {f.Theatre} {f.Period} {f.Value}: {string.Join(", ", QuotedNumbers.Read(f.Quote).Select(n => n.Written))}")
            .ToList();
        Assert.True(unexplained.Count == 0, "The quote does not give the value, and no note says why:\n" + string.Join("\n", unexplained));
    }
}
