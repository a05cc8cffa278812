namespace CentcomTracker.Web.Api;

internal static class FigureProjections
{
    // EF Core evaluates the label and code conversions on the client, in this final projection.
    public static IQueryable<FigureDto> SelectFigureDtos(this IQueryable<Figure> figures) =>
        figures.Select(f => new FigureDto(f.Id, f.MetricCode, f.TheatreCode, f.Period.Label, f.Value,
            f.Qualifier.Code(), f.Quote, f.Translation, f.Note,
            new SourceRefDto(f.SourceId, f.Source!.Publisher, f.Source.Title, f.Source.Url,
                f.Source.Published.Label, f.Source.Language, f.Source.Tier.Code(),
                f.Source.PublisherAr, f.Source.Series ?? "source-" + f.SourceId),
            f.IsPeak));
}
