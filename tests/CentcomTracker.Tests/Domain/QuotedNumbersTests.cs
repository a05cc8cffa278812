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
    [InlineData("نفذ داعش أحد عشر هجوماً.", 11)]
    [InlineData("نفذت القوات إحدى عشرة عملية.", 11)]
    [InlineData("نفذ داعش اثني عشر هجوماً.", 12)]
    [InlineData("نفذ داعش ألفين وخمسمائة هجوم.", 2500)]
    [InlineData("يقيم مليون ونصف شخص في المخيمات.", 1500000)]
    [InlineData("يقيم 43 ألفاً ونصف في المخيمين.", 43500)]
    [InlineData("نفذت القوات ١٣٧ عملية في العراق و٥٩ في سوريا.", 59)]
    [InlineData("تحتجز القوات ٢٠٠ في العراق و٩٬٠٠٠ في سوريا.", 9000)]
    [InlineData("شنت القوات ثلاثاً وعشرين غارة.", 23)]
    [InlineData("اعتقلت القوات مئتي مقاتل.", 200)]
    [InlineData("يقيم في المخيم مئتا ألف شخص.", 200000)]
    [InlineData("تحتجز القوات ألفي معتقل.", 2000)]
    [InlineData("Some 1.5m people live in the camps.", 1500000)]
    [InlineData("Some 2mn people live in the camps.", 2000000)]
    [InlineData("Under UNSCR 2254, ISIS claimed 12 attacks; (1) CENTCOM conducted 35 operations in Iraq (137 in all).", 137)]
    [InlineData("CENTCOM forces killed 3, (4) wounded.", 4)]
    [InlineData("In line with UNSCR 2254, 153 attacks were claimed.", 153)]
    [InlineData("In Iraq: (12) attacks; in Syria: (5) attacks.", 5)]
    [InlineData("CENTCOM conducted 35 operations, (2) of them in Syria.", 2)]
    [InlineData("قتلت القوات 3 و(4) جرحى.", 4)]
    [InlineData("Detainees in al-Hol number 9,000.", 9000)]
    [InlineData("CENTCOM forces conducted (3) operations in Iraq and (4) in Syria.", 4)]
    [InlineData("نفذت القوات (٣) عمليات في العراق و(٤) في سوريا.", 4)]
    [InlineData("أسفرت العمليات عن مقتل (12) عنصراً، و(13) معتقلاً.", 13)]
    [InlineData("CENTCOM killed (1) ISIS leader and detained (2) operatives.", 2)]
    [InlineData("ISIS claimed 5 attacks in Syria (up from 1) and 7 in Iraq (down from 2) this month.", 2)]
    [InlineData("The coalition detained\n12. The operation continues.", 12)]
    [InlineData("Some $1.5m from the State Department funded repatriation.", 1500000)]
    [InlineData("Some 1.2m across Syria remain displaced.", 1200000)]
    [InlineData("Some 1.5m - mostly women and children - live in the camps.", 1500000)]
    [InlineData("وصل عددهم إلى رقم 500.", 500)]
    public void A_quote_gives_a_value_written_in_digits_or_in_words(string quote, long value) =>
        Assert.True(QuotedNumbers.States(quote, value), string.Join(", ", QuotedNumbers.Read(quote).Select(n => $"{n.Written}={n.Value}")));

    /// <summary>Part of a number in words, or a number that is a date, time, reference, range, length or share, is not what the quote gives.</summary>
    [Theory]
    [InlineData("نفذ داعش أحد عشر هجوماً.", 10)]
    [InlineData("نفذ داعش ألفين وخمسمائة هجوم.", 2000)]
    [InlineData("يقيم مليون ونصف شخص في المخيمات.", 1000000)]
    [InlineData("تحتجز القوات ٢٠٠ في العراق و٩٬٠٠٠ في سوريا.", 9)]
    [InlineData("The SDF holds 9 000 detainees and ISIS claimed 12 attacks.", 9)]
    [InlineData("The SDF holds 9 000 detainees and ISIS claimed 12 attacks.", 9000)]
    [InlineData("The camps hold 1 500 000 people and ISIS claimed 12 attacks.", 500)]
    [InlineData("On 2024-06-15, ISIS claimed 12 attacks.", 15)]
    [InlineData("On 2024-06-15, ISIS claimed 12 attacks.", 6)]
    [InlineData("On 15/06/2024, ISIS claimed 12 attacks.", 15)]
    [InlineData("On 6/15/2024, ISIS claimed 12 attacks.", 15)]
    [InlineData("في ٢٠٢٤/٠٦/١٥ نفذ داعش ١٢ هجوماً.", 15)]
    [InlineData("On 15 June 2024, ISIS claimed 12 attacks.", 15)]
    [InlineData("وفي ١٥ يونيو ٢٠٢٤، تبنى داعش ١٢ هجوماً.", 15)]
    [InlineData("في 15 حزيران 2024 نفذ داعش 12 هجوماً.", 15)]
    [InlineData("Release 2024-05: ISIS claimed 12 attacks.", 5)]
    [InlineData("Press release 24-001: ISIS claimed 12 attacks.", 1)]
    [InlineData("On June 15-16, ISIS claimed 12 attacks.", 16)]
    [InlineData("From 1 to 30 June, ISIS claimed 12 attacks.", 1)]
    [InlineData("من 1 إلى 30 حزيران، تبنى داعش 12 هجوماً.", 1)]
    [InlineData("At 10:30 a.m., ISIS claimed 12 attacks.", 10)]
    [InlineData("During a 90-day period, ISIS claimed 12 attacks.", 90)]
    [InlineData("Over a 12-month period, ISIS claimed 40 attacks.", 12)]
    [InlineData("A 17-year-old was among 12 ISIS attackers.", 17)]
    [InlineData("Attacks rose by 50 percent to 12.", 50)]
    [InlineData("Attacks rose 50% to 12.", 50)]
    [InlineData("Attacks rose 50 per cent to 12.", 50)]
    [InlineData("ارتفعت الهجمات بنسبة ٥٠٪ إلى ١٢ هجوماً.", 50)]
    [InlineData("ارتفعت الهجمات 50 في المئة إلى 12 هجوماً.", 50)]
    [InlineData("Under UNSCR 2254, ISIS claimed 12 attacks.", 2254)]
    [InlineData("Resolution 2254 stands; ISIS claimed 12 attacks.", 2254)]
    [InlineData("Camp No. 3 holds 12 ISIS detainees.", 3)]
    [InlineData("Camp #3 holds 12 ISIS detainees.", 3)]
    [InlineData("وفق القرار 2254 تبنى داعش 12 هجوماً.", 2254)]
    [InlineData("وفق قرار مجلس الأمن رقم ٢٢٥٤ تبنى داعش ١٢ هجوماً.", 2254)]
    [InlineData("CENTCOM reported: (1) ISIS claimed 12 attacks; (2) the SDF detained 40.", 1)]
    [InlineData("CENTCOM reported: (1) ISIS claimed 12 attacks; (2) the SDF detained 40.", 2)]
    [InlineData("CENTCOM reported 1) ISIS claimed 12 attacks and 2) the SDF detained 40.", 2)]
    [InlineData("(3) ISIS claimed 12 attacks.", 3)]
    [InlineData("أعلنت القيادة: (1) تبنى داعش 12 هجوماً؛ (2) اعتقلت قسد 40.", 2)]
    [InlineData("CENTCOM reported: (1) ISIS claimed 12 attacks; (2) the SDF\ndetained 40; (3) operations were conducted.", 3)]
    [InlineData("Results: (1) ISIS claimed 12 attacks;\n(2) the SDF detained 40; (3) ISIS lost 9.", 3)]
    [InlineData("Under UNSCR 2254 and 2231, ISIS claimed 12 attacks.", 2231)]
    [InlineData("Resolutions 2170 and 2199 stand; ISIS claimed 12 attacks.", 2199)]
    [InlineData("وفق قرار مجلس الأمن 2254 تبنى داعش 12 هجوماً.", 2254)]
    [InlineData("وفق القرارين 2170 و2178 تبنى داعش 12 هجوماً.", 2178)]
    [InlineData("والقرار 2254 قائم، وتبنى داعش 12 هجوماً.", 2254)]
    [InlineData("The wall is 5m high; ISIS claimed 12 attacks within 500m of it.", 5000000)]
    [InlineData("The wall is 5m high; ISIS claimed 12 attacks within 500m of it.", 500000000)]
    [InlineData("A 2.5m high wall; ISIS claimed 12 attacks.", 2500000)]
    [InlineData("A 1.5m-high wall; ISIS claimed 12 attacks.", 1500000)]
    [InlineData("CENTCOM reported: (1) ISIS claimed 12 attacks; (2) the SDF detained 40; (3) ISIS lost 9.", 3)]
    [InlineData("Results: (1) ISIS claimed 12 attacks. Later: (1) the SDF detained 40; (2) ISIS lost 9.", 2)]
    [InlineData("احتشد حشد مليوني وتبنى داعش 12 هجوماً.", 2000000)]
    public void A_part_of_a_number_or_a_number_that_is_no_figure_is_not_what_the_quote_gives(string quote, long value)
    {
        var read = string.Join(", ", QuotedNumbers.Read(quote).Select(n => $"{n.Written}={n.Value}"));
        Assert.False(QuotedNumbers.States(quote, value), read);
        if (quote.Contains("12") || quote.Contains("١٢")) Assert.True(QuotedNumbers.States(quote, value == 12 ? 40 : 12), read);
    }

    [Fact]
    public void Years_and_dates_are_not_numbers_a_quote_gives()
    {
        const string quote = "From January to June 2024, ISIS has claimed 153 attacks in Iraq and Syria. At this rate, ISIS is on pace to more than double the total number of attacks they claimed in 2023";
        Assert.Equal(["153"], QuotedNumbers.Read(quote).Select(n => n.Written));
        Assert.False(QuotedNumbers.States(quote, 2024));
        Assert.Equal("The quote gives 153, not 160: correct the value or the quote, or confirm that the quote states this value in words.",
            FigureRules.QuoteError(160, quote, confirmed: false)!.ToString());
        Assert.Null(FigureRules.QuoteError(160, quote, confirmed: true));

        // Thousands grouped by a space are set aside, so the editor is asked to confirm rather than shown "9, 000".
        Assert.StartsWith("The quote gives no number that the tracker can read, not 9,000:", FigureRules.QuoteError(9000, "The SDF holds 9 000 detainees.", confirmed: false)!.ToString());

        // A number in words or Arabic-Indic digits is named with the value it was read as.
        Assert.StartsWith("The quote gives أحد عشر (11), ١٢ (12), not 10:", FigureRules.QuoteError(10, "نفذ داعش أحد عشر هجوماً في العراق و١٢ في سوريا.", confirmed: false)!.ToString());
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
