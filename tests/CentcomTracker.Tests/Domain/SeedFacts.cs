using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;

namespace CentcomTracker.Tests.Domain;

/// <summary>The shipped seed data (facts.md) as the pure domain sees it: no database, no host. Source S12 has id 12.</summary>
public static class SeedFacts
{
    private static readonly Lazy<(SeedData Data, Resolver Resolver)> Loaded = new(() =>
    {
        var data = SeedData.LoadEmbedded();
        var sources = data.Sources.ToDictionary(
            s => s.Key,
            s => new SourceInfo(int.Parse(s.Key[1..]), s.Publisher, s.Title, Period.Parse(s.Published),
                DomainCodes.TryParseTier(s.Tier, out var tier) ? tier : throw new InvalidOperationException(s.Tier), s.Series, s.PublisherAr));
        var figures = data.Figures.Select((f, i) => new ReportedFigure(i + 1, f.Metric, f.Theatre, Period.Parse(f.Period),
            f.Value, Qualifiers.Parse(f.Qualifier), sources[f.Source], f.Peak));
        return (data, Build(figures));
    });

    public static SeedData Data => Loaded.Value.Data;

    public static Resolver Resolver => Loaded.Value.Resolver;

    public static Resolver Build(IEnumerable<ReportedFigure> figures) => new(
        Vocabulary.Metrics.Select(m => new MetricInfo(m.Code, m.Kind)),
        Vocabulary.Theatres.Select(t => new TheatreInfo(t.Code,
            Vocabulary.TheatreMembers.Where(m => m.TheatreCode == t.Code).Select(m => m.MemberCode).ToList(), t.ParentCode)),
        figures);

    public static Resolution Resolve(string metric, string theatre, string period) =>
        Resolver.Resolve(metric, theatre, Period.Parse(period));

    public static int SourceNumber(this ReportedFigure figure) => figure.Source.Id;
}
