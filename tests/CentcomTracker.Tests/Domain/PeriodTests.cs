using CentcomTracker.Web.Domain;

namespace CentcomTracker.Tests.Domain;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2023", "2023-01-01", "2023-12-31", PeriodKind.Year, 365)]
    [InlineData("2024", "2024-01-01", "2024-12-31", PeriodKind.Year, 366)]
    [InlineData("2024-H1", "2024-01-01", "2024-06-30", PeriodKind.Half, 182)]
    [InlineData("2024-H2", "2024-07-01", "2024-12-31", PeriodKind.Half, 184)]
    [InlineData("2024-Q1", "2024-01-01", "2024-03-31", PeriodKind.Quarter, 91)]
    [InlineData("2024-Q4", "2024-10-01", "2024-12-31", PeriodKind.Quarter, 92)]
    [InlineData("2024-06", "2024-06-01", "2024-06-30", PeriodKind.Month, 30)]
    [InlineData("2024-02", "2024-02-01", "2024-02-29", PeriodKind.Month, 29)]
    [InlineData("2024-07-16", "2024-07-16", "2024-07-16", PeriodKind.Day, 1)]
    [InlineData("2024-08-29..2024-11-04", "2024-08-29", "2024-11-04", PeriodKind.Range, 68)]
    public void Parses_every_label_form(string label, string start, string end, PeriodKind kind, int days)
    {
        var period = Period.Parse(label);

        Assert.Equal(DateOnly.Parse(start), period.Start);
        Assert.Equal(DateOnly.Parse(end), period.End);
        Assert.Equal(kind, period.Kind);
        Assert.Equal(days, period.Days);
        Assert.Equal(label, period.Label);
        Assert.Equal(period, Period.Parse(period.Label));
    }

    [Theory]
    [InlineData("2024-01-01..2024-06-30", "2024-H1")]
    [InlineData("2024-01-01..2024-03-31", "2024-Q1")]
    [InlineData("2023-01-01..2023-12-31", "2023")]
    [InlineData("2024-06-01..2024-06-30", "2024-06")]
    [InlineData("2024-07-16..2024-07-16", "2024-07-16")]
    [InlineData("2023-01..2023-07", "2023-01-01..2023-07-31")]
    [InlineData(" 2024-h1 ", "2024-H1")]
    [InlineData("2024-q2", "2024-Q2")]
    public void A_range_that_is_a_calendar_unit_gets_the_units_label(string input, string canonical) =>
        Assert.Equal(canonical, Period.Parse(input).Label);

    [Theory]
    [InlineData("2024-H3", "\"2024-H3\" is not a period: a year has two halves, H1 and H2; there is no H3.")]
    [InlineData("2024-Q5", "\"2024-Q5\" is not a period: a year has four quarters, Q1 to Q4; there is no Q5.")]
    [InlineData("2024-13", "\"2024-13\" is not a period: month 13 does not exist; months run from 01 to 12.")]
    [InlineData("2024-06-31", "\"2024-06-31\" is not a period: June 2024 has 30 days; there is no day 31.")]
    [InlineData("2023-02-29", "\"2023-02-29\" is not a period: February 2023 has 28 days; there is no day 29.")]
    [InlineData("2024-11-04..2024-08-29", "\"2024-11-04..2024-08-29\" is not a period: it ends (2024-08-29) before it starts (2024-11-04).")]
    [InlineData("garbage", "\"garbage\" is not a period: use 2024, 2024-H1, 2024-Q1, 2024-06, 2024-06-15 or 2024-08-29..2024-11-04.")]
    [InlineData("24-06", "\"24-06\" is not a period: use 2024, 2024-H1, 2024-Q1, 2024-06, 2024-06-15 or 2024-08-29..2024-11-04.")]
    [InlineData("2024-01..2024-02..2024-03", "\"2024-01..2024-02..2024-03\" is not a period: a range has exactly one \"..\" between its first and last day.")]
    public void Invalid_labels_say_what_is_wrong(string label, string message)
    {
        var error = Assert.Throws<FormatException>(() => Period.Parse(label));
        Assert.Equal(message, error.Message);
        Assert.False(Period.TryParse(label, out _, out var reason));
        Assert.Equal(message, reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_empty_label_is_not_a_period(string? label)
    {
        Assert.False(Period.TryParse(label, out _, out var reason));
        Assert.StartsWith("A period is required", reason);
    }

    [Fact]
    public void Containment_and_overlap()
    {
        var h1 = Period.Parse("2024-H1");
        Assert.True(h1.Contains(Period.Parse("2024-Q1")));
        Assert.True(h1.Contains(Period.Parse("2024-06")));
        Assert.True(h1.Contains(h1));
        Assert.False(h1.Contains(Period.Parse("2024-07")));
        Assert.False(h1.Contains(Period.Parse("2024")));
        Assert.True(h1.Contains(new DateOnly(2024, 6, 30)));
        Assert.False(h1.Contains(new DateOnly(2024, 7, 1)));

        Assert.True(h1.Overlaps(Period.Parse("2024")));
        Assert.True(h1.Overlaps(Period.Parse("2024-06-30..2024-07-31")));
        Assert.False(h1.Overlaps(Period.Parse("2024-H2")));
        Assert.False(Period.Parse("2023").Overlaps(h1));
    }

    [Fact]
    public void Whole_months_are_counted_for_month_aligned_periods()
    {
        Assert.Equal(6, Period.Parse("2024-H1").Months);
        Assert.Equal(7, Period.Parse("2023-01-01..2023-07-31").Months);
        Assert.Equal(11, Period.Parse("2023-01-01..2023-11-30").Months);
        Assert.Equal(14, Period.Parse("2023-11..2024-12").Months);
        Assert.Null(Period.Parse("2024-08-29..2024-11-04").Months);
        Assert.Null(Period.Parse("2024-07-16").Months);
    }

    [Fact]
    public void Between_refuses_a_reversed_range() =>
        Assert.Throws<ArgumentException>(() => Period.Between(new DateOnly(2024, 2, 1), new DateOnly(2024, 1, 1)));

    [Theory]
    [InlineData("9999", 12)]
    [InlineData("9999-H2", 6)]
    [InlineData("9999-Q4", 3)]
    [InlineData("9999-12", 1)]
    [InlineData("0001..9999", 119_988)]
    [InlineData("2024-01..9999-12", 95_712)]
    public void The_last_representable_periods_parse_without_overflowing(string label, int months)
    {
        // 31 December 9999 is the last DateOnly: nothing may add a day or a month past it.
        var period = Period.Parse(label);
        Assert.Equal(new DateOnly(9999, 12, 31), period.End);
        Assert.Equal(months, period.Months);
        Assert.Equal(period, Period.Parse(period.Label));
    }

    [Theory]
    [InlineData("0001")]
    [InlineData("0001-Q1")]
    [InlineData("0999-12-31")]
    [InlineData("0999..2024")]
    public void A_reader_cannot_ask_about_a_year_before_1000(string label)
    {
        // Still a period (the label is well formed), but not one a view, a comparison or the API will resolve:
        // a level looks back a year from the period's end, which from year 1 would run off the calendar.
        Assert.True(Period.TryParse(label, out _));
        Assert.False(Period.TryParseReadable(label, out _, out var error));
        Assert.Equal("{0} is outside the years this tracker can show ({1}–{2}); check for a typing error.", error.Template);
    }

    [Theory]
    [InlineData("1000")]
    [InlineData("1900")]
    [InlineData("9999-Q4")]
    [InlineData("1000-01-01..9999-12-31")]
    public void A_reader_can_ask_about_any_year_from_1000(string label) =>
        Assert.True(Period.TryParseReadable(label, out _, out _));

    [Fact]
    public void A_malformed_label_is_refused_for_reading_with_the_parsers_reason()
    {
        Assert.False(Period.TryParseReadable("0000", out _, out var error));
        Assert.Equal("year 0000 does not exist.", ((Message)error.Arguments[1]).Template);
    }

    [Theory]
    [InlineData("٢٠٢٤-H1", "2024-H1")]
    [InlineData("۲۰۲۴-۰۶", "2024-06")]
    [InlineData("٢٠٢٤-٠٧-١٦", "2024-07-16")]
    public void Arabic_Indic_digits_read_as_the_same_period(string typed, string label) =>
        Assert.Equal(label, Period.Parse(typed).Label);

    [Fact]
    public void Digits_of_other_scripts_are_refused_with_a_message_not_an_exception()
    {
        Assert.False(Period.TryParse("２０２３", out _, out var error));
        Assert.Contains("is not a period", error);
        Assert.False(Period.TryParse("২০২৩", out _, out _));
    }

    [Theory]
    [InlineData("2024-03", "2024-02")]
    [InlineData("2024-01", "2023-12")]
    [InlineData("2024-Q1", "2023-Q4")]
    [InlineData("2024-H2", "2024-H1")]
    [InlineData("2024", "2023")]
    [InlineData("2024-07-16", "2024-07-15")]
    [InlineData("2024-08-29..2024-11-04", "2024-06-22..2024-08-28")]
    public void The_previous_period_is_of_the_same_kind_and_length_and_ends_the_day_before(string period, string previous)
    {
        var before = Period.Parse(period).Previous();

        Assert.Equal(Period.Parse(previous), before);
        Assert.Equal(Period.Parse(period).Start.AddDays(-1), before.End);
    }
}
