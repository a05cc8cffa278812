namespace CentcomTracker.Tests.Domain.Extraction;

/// <summary>The wordings releases use beyond the seed quotes: numbers, qualifiers, periods, theatres and synonyms.</summary>
public sealed class ExtractionWordingTests
{
    [Theory]
    [InlineData("In March, coalition forces conducted eleven raids in Syria.", "operations SY 2024-03 11 exact")]
    [InlineData("In March, partners captured two hundred ISIS suspects in Iraq.", "detained IQ 2024-03 200 exact")]
    [InlineData("In March, partners apprehended twenty-five ISIS operatives in Iraq.", "detained IQ 2024-03 25 exact")]
    [InlineData("In March, forces eliminated five ISIS fighters in Syria.", "killed SY 2024-03 5 exact")]
    [InlineData("In March, coalition forces carried out 1,204 missions in Iraq.", "operations IQ 2024-03 1204 exact")]
    [InlineData("In March, ISIS claimed nearly 40 attacks in Iraq.", "attacks-claimed IQ 2024-03 40 about")]
    [InlineData("In March, ISIS claimed fewer than 40 attacks in Iraq.", "attacks-claimed IQ 2024-03 40 less-than")]
    [InlineData("In March, ISIS claimed below 40 attacks in Iraq.", "attacks-claimed IQ 2024-03 40 less-than")]
    [InlineData("In March, ISIS claimed at least 40 attacks in Iraq.", "attacks-claimed IQ 2024-03 40 at-least")]
    [InlineData("In March, ISIS claimed over 40 attacks in Iraq.", "attacks-claimed IQ 2024-03 40 more-than")]
    public void Numbers_synonyms_and_qualifiers(string sentence, string expected) =>
        ExtractionAssert.Finds(sentence, "2024-04-05", null, expected);

    // A dot before three digits separates thousands in many languages and is a decimal point in English: read either
    // way, "43.000" can be a thousand times off, so it is set aside with its reason and never becomes a figure.
    [Theory]
    [InlineData("In March, coalition forces conducted 1.000 raids in Syria.")]
    [InlineData("In March, coalition forces conducted 43.000 raids in Syria.")]
    [InlineData("In March, coalition forces conducted 1.500 raids in Syria.")]
    [InlineData("In March, coalition forces conducted 1.000.000 raids in Syria.")]
    [InlineData("In March, coalition forces conducted 12,345.678 raids in Syria.")]
    [InlineData("In March, partners captured 1.500 million ISIS suspects in Iraq.")]
    [InlineData("خلال شهر آذار، نفّذت القوات ١.٠٠٠ عملية في سوريا.")]
    [InlineData("خلال شهر آذار، نفّذت القوات 43.000 عملية في سوريا.")]
    public void A_dot_before_three_digits_is_set_aside_never_read_as_a_decimal_point(string sentence)
    {
        var result = ExtractionAssert.Finds(sentence, "2024-04-05", null);
        ExtractionAssert.Unplaced(result, "ambiguous-separator  exact");
    }

    [Theory]
    [InlineData("In March, coalition forces conducted 2.50 raids in Syria.")]
    [InlineData("In March, coalition forces conducted 2.5 raids in Syria.")]
    [InlineData("In March, coalition forces conducted 1.0005 raids in Syria.")]
    public void Other_decimals_are_set_aside_as_not_whole(string sentence)
    {
        var result = ExtractionAssert.Finds(sentence, "2024-04-05", null);
        ExtractionAssert.Unplaced(result, "not-whole  exact");
    }

    [Theory]
    [InlineData("From Oct. 1 to Nov. 6, partners conducted 12 operations in Syria.", "operations SY 2024-10-01..2024-11-06 12 exact")]
    [InlineData("From 1 to 30 June, partners conducted 12 operations in Syria.", "operations SY 2024-06 12 exact")]
    [InlineData("Between 3 and 9 June 2024, partners conducted 12 operations in Syria.", "operations SY 2024-06-03..2024-06-09 12 exact")]
    [InlineData("Since August 29, partners conducted 12 operations in Syria.", "operations SY 2024-08-29..2024-11-06 12 exact")]
    [InlineData("Over the past month, partners conducted 12 operations in Syria.", "operations SY 2024-10 12 exact")]
    [InlineData("In the first half of this year, partners conducted 12 operations in Syria.", "operations SY 2024-H1 12 exact")]
    [InlineData("In the third quarter of 2024, partners conducted 12 operations in Syria.", "operations SY 2024-Q3 12 exact")]
    [InlineData("Partners conducted 12 operations in Syria throughout the year.", "operations SY 2024 12 exact")]
    [InlineData("From January to June 2024, partners conducted 12 operations in Syria.", "operations SY 2024-H1 12 exact")]
    [InlineData("In December, partners conducted 12 operations in Syria.", "operations SY 2023-12 12 exact")]
    public void Periods_are_resolved_against_the_publication_date(string sentence, string expected) =>
        ExtractionAssert.Finds(sentence, "2024-11-06", null, expected);

    [Fact]
    public void Partnered_operations_in_Syria_are_Syrias_operations() =>
        ExtractionAssert.Finds("In May 2024, 17 partnered operations in Syria resulted in 4 ISIS operatives killed.", "2024-06-03", null,
            "operations SY 2024-05 17 exact", "killed SY 2024-05 4 exact");

    [Fact]
    public void Arabic_words_digits_and_qualifiers_are_read()
    {
        const string text = "خلال شهر أيار ٢٠٢٤، نفّذت القوات ثلاثة وعشرين عمليةً في العراق أدّت إلى مقتل نحو ١٥ عنصراً واعتقال قرابة ثلاثين آخرين.";
        var result = ExtractionAssert.Finds(text, "2024-06-03", null,
            "operations IQ 2024-05 23 exact", "killed IQ 2024-05 15 about", "detained IQ 2024-05 30 about");
        Assert.Equal("١٥", Assert.Single(result.Candidates, c => c.Metric == "killed").Number.Of(text));
        Assert.Equal("ثلاثة وعشرين", Assert.Single(result.Candidates, c => c.Metric == "operations").Number.Of(text));
    }

    [Fact]
    public void A_sentence_without_a_place_is_the_missions_total_and_says_so()
    {
        var result = ExtractionAssert.Finds("For the month of January 2023, the coalition conducted 43 operations.", "2023-02-02", null, "operations IQ+SY 2023-01 43 exact");
        Assert.Contains("theatre-assumed", Assert.Single(result.Candidates).Notes);
    }

    [Fact]
    public void A_figure_without_any_period_is_unplaced_not_guessed()
    {
        var result = ExtractionAssert.Finds("Partners conducted 12 operations in Syria.", "2024-11-06", null);
        ExtractionAssert.Unplaced(result, "no-period 12 exact");
    }

    [Fact]
    public void A_period_still_running_at_publication_is_marked()
    {
        var result = ExtractionAssert.Finds("In 2024, partners conducted 12 operations in Syria.", "2024-11-06", null, "operations SY 2024 12 exact");
        Assert.Contains("period-not-over", Assert.Single(result.Candidates).Notes);
    }

    [Fact]
    public void A_heading_names_the_theatre_of_the_lines_below_it()
    {
        const string release = "For the month of May 2024:\nIn Iraq:\n- 21 partnered operations\n- 6 ISIS operatives killed\nIn Syria:\n- 17 partnered operations\n- 2 US-only operations";
        var result = ExtractionAssert.Finds(release, "2024-06-05", null,
            "operations IQ 2024-05 21 exact", "killed IQ 2024-05 6 exact", "operations SY 2024-05 17 exact");
        ExtractionAssert.Unplaced(result, "breakdown 2 exact");
        Assert.Equal("- 21 partnered operations".TrimStart('-', ' '), result.Candidates[0].Quote);
    }

    [Fact]
    public void A_release_number_and_its_date_line_are_not_figures()
    {
        var result = ExtractionAssert.Finds("Release No: 20240405-01\nApril 5, 2024\nIn Syria, 28 partnered operations were conducted from January through March.",
            "2024-04-05", null, "operations SY 2024-Q1 28 exact");
        Assert.Empty(result.Unplaced);
    }

    [Fact]
    public void Fighters_someone_holds_are_detainees_not_fighters_at_large() =>
        ExtractionAssert.Finds("The SDF holds 10,000 ISIS fighters in Syria.", "2024-11-06", null, "detainees-held SY 2024-11-06 10000 exact");

    [Fact]
    public void Empty_and_numberless_texts_yield_nothing()
    {
        Assert.Empty(ExtractionAssert.Extract("", "2024-06-05").Candidates);
        Assert.Empty(ExtractionAssert.Extract("ISIS is trying to reconstitute itself.", "2024-06-05").Unplaced);
    }
}
