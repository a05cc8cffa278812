using CentcomTracker.Web.Domain;

namespace CentcomTracker.Tests.Domain;

public sealed class QualifierTests
{
    [Theory]
    [InlineData(Qualifier.Exact, Qualifier.Exact, Qualifier.Exact)]
    [InlineData(Qualifier.Exact, Qualifier.AtLeast, Qualifier.AtLeast)]
    [InlineData(Qualifier.AtLeast, Qualifier.Exact, Qualifier.AtLeast)]
    [InlineData(Qualifier.Exact, Qualifier.About, Qualifier.About)]
    [InlineData(Qualifier.MoreThan, Qualifier.About, Qualifier.About)]
    [InlineData(Qualifier.MoreThan, Qualifier.AtLeast, Qualifier.MoreThan)]
    [InlineData(Qualifier.MoreThan, Qualifier.MoreThan, Qualifier.MoreThan)]
    [InlineData(Qualifier.LessThan, Qualifier.Exact, Qualifier.LessThan)]
    [InlineData(Qualifier.LessThan, Qualifier.LessThan, Qualifier.LessThan)]
    [InlineData(Qualifier.LessThan, Qualifier.MoreThan, Qualifier.About)]
    [InlineData(Qualifier.AtLeast, Qualifier.LessThan, Qualifier.About)]
    [InlineData(Qualifier.AtMost, Qualifier.Exact, Qualifier.AtMost)]
    [InlineData(Qualifier.AtMost, Qualifier.LessThan, Qualifier.LessThan)]
    [InlineData(Qualifier.AtMost, Qualifier.AtLeast, Qualifier.About)]
    public void Qualifiers_travel_through_sums(Qualifier a, Qualifier b, Qualifier sum)
    {
        Assert.Equal(sum, a.Plus(b));
        Assert.Equal(sum, b.Plus(a));
    }

    [Fact]
    public void At_least_220_plus_466_is_at_least_686()
    {
        var sum = new QualifiedValue(220, Qualifier.AtLeast) + QualifiedValue.Exact(466);
        Assert.Equal(new QualifiedValue(686, Qualifier.AtLeast), sum);
        Assert.Equal("at least 686", sum.ToString());
    }

    [Theory]
    [InlineData(Qualifier.Exact, Qualifier.Exact, Qualifier.Exact)]
    [InlineData(Qualifier.MoreThan, Qualifier.Exact, Qualifier.MoreThan)]
    [InlineData(Qualifier.Exact, Qualifier.MoreThan, Qualifier.LessThan)]
    [InlineData(Qualifier.Exact, Qualifier.AtLeast, Qualifier.AtMost)]
    [InlineData(Qualifier.LessThan, Qualifier.AtLeast, Qualifier.LessThan)]
    [InlineData(Qualifier.LessThan, Qualifier.MoreThan, Qualifier.LessThan)]
    [InlineData(Qualifier.About, Qualifier.AtLeast, Qualifier.About)]
    [InlineData(Qualifier.About, Qualifier.About, Qualifier.About)]
    [InlineData(Qualifier.MoreThan, Qualifier.About, Qualifier.About)]
    public void A_difference_flips_the_bound_of_what_is_subtracted(Qualifier b, Qualifier a, Qualifier difference) =>
        Assert.Equal(difference, b.Versus(a));

    [Theory]
    [InlineData(Qualifier.MoreThan, Qualifier.MoreThan)]
    [InlineData(Qualifier.MoreThan, Qualifier.AtLeast)]
    [InlineData(Qualifier.AtLeast, Qualifier.MoreThan)]
    [InlineData(Qualifier.AtLeast, Qualifier.AtLeast)]
    [InlineData(Qualifier.LessThan, Qualifier.LessThan)]
    public void Two_bounds_on_the_same_side_leave_the_difference_unknown(Qualifier b, Qualifier a) =>
        Assert.Null(b.Versus(a));

    [Fact]
    public void Codes_round_trip_and_unknown_codes_are_refused()
    {
        foreach (var q in Qualifiers.All)
        {
            Assert.True(Qualifiers.TryParse(q.Code(), out var parsed));
            Assert.Equal(q, parsed);
        }

        Assert.Equal(["exact", "about", "more-than", "at-least", "less-than"], Qualifiers.All.Select(q => q.Code()));
        Assert.False(Qualifiers.TryParse("approximately", out _));
        // "At most" is only ever derived: no source, editor or import can give it.
        Assert.False(Qualifiers.TryParse("at-most", out _));
        var error = Assert.Throws<FormatException>(() => Qualifiers.Parse("roughly"));
        Assert.Contains("exact, about, more-than, at-least, less-than", error.Message);
    }

    [Theory]
    [InlineData(9000, Qualifier.MoreThan, "more than 9,000")]
    [InlineData(2500, Qualifier.About, "about 2,500")]
    [InlineData(153, Qualifier.Exact, "153")]
    [InlineData(15, Qualifier.AtMost, "at most 15")]
    public void Reads_as_the_sources_wrote_it(long value, Qualifier qualifier, string text) =>
        Assert.Equal(text, new QualifiedValue(value, qualifier).ToString());
}
