using CentcomTracker.Web.Domain;

namespace CentcomTracker.Tests.Domain;

/// <summary>The resolver on small hand-made cases: boundaries the seed data does not reach.</summary>
public sealed class ResolverEdgeTests
{
    private static readonly SourceInfo Release = new(1, "CENTCOM", "Monthly releases", Period.Parse("2025-04-10"), SourceTier.Primary);

    private static ReportedFigure Figure(int id, string theatre, string period, long value) =>
        new(id, "operations", theatre, Period.Parse(period), value, Qualifier.Exact, Release);

    [Fact]
    public void Countries_with_different_gaps_do_not_add_up_to_a_combined_partial_value()
    {
        // Iraq reported January and February, Syria only March: no month has both.
        var resolver = SeedFacts.Build([Figure(1, "IQ", "2025-01", 10), Figure(2, "IQ", "2025-02", 10), Figure(3, "SY", "2025-03", 5)]);

        Assert.Equal("2 of 3 months", resolver.Resolve("operations", "IQ", Period.Parse("2025-Q1")).Coverage!.ToString());
        Assert.Equal(Derivation.NotReported, resolver.Resolve("operations", "IQ+SY", Period.Parse("2025-Q1")).How);
    }

    [Fact]
    public void Months_both_countries_reported_add_up_with_honest_coverage()
    {
        var resolver = SeedFacts.Build([
            Figure(1, "IQ", "2025-01", 10), Figure(2, "IQ", "2025-02", 10),
            Figure(3, "SY", "2025-02", 5), Figure(4, "SY", "2025-03", 5)]);

        var both = resolver.Resolve("operations", "IQ+SY", Period.Parse("2025-Q1"));
        Assert.Equal(Derivation.SummedOverTime, both.How);
        Assert.Equal(15, both.Value!.Value.Value);
        Assert.Equal("1 of 3 months", both.Coverage!.ToString());
        Assert.Equal(Derivation.SummedOverMembers, Assert.Single(both.Parts).How);
    }

    [Fact]
    public void The_span_runs_from_the_first_day_any_figure_covers_to_the_last()
    {
        Assert.Null(SeedFacts.Build([]).Span);

        var resolver = SeedFacts.Build([Figure(1, "IQ", "2025-02", 10), Figure(2, "SY", "2024-H2", 5), Figure(3, "IQ", "2025-03-10", 1)]);
        Assert.Equal(Period.Parse("2024-07-01..2025-03-10"), resolver.Span);
    }
}
