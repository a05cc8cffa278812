namespace CentcomTracker.Web.Api;

internal static class FigureProjections
{
    // EF Core evaluates the label and code conversions on the client, in this final projection.
    public static IQueryable<FigureDto> SelectFigureDtos(this IQueryable<Figure> figures) =>
        figures.Select(f => new FigureDto(f.Id, f.MetricCode, f.TheatreCode, Period.Between(f.PeriodStart, f.PeriodEnd).Label, f.Value,
            f.Qualifier.Code(), f.Quote, f.Translation, f.Note,
            new SourceRefDto(f.SourceId, f.Source!.Publisher, f.Source.Title, f.Source.Url,
                Period.Between(f.Source.PublishedStart, f.Source.PublishedEnd).Label, f.Source.Language, f.Source.Tier.Code(),
                f.Source.PublisherAr, f.Source.Series ?? "source-" + f.SourceId),
            f.IsPeak));
}
