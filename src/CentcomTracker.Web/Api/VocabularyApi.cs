using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CentcomTracker.Web.Api;

/// <summary>GET /api/metrics and /api/theatres: the codes the other routes take, with English and Arabic names.</summary>
public static class VocabularyApi
{
    public static RouteGroupBuilder MapVocabularyApi(this RouteGroupBuilder api)
    {
        api.MapGet("/metrics", GetMetrics)
            .WithName("GetMetrics")
            .WithSummary("List the metrics")
            .WithDescription("Every metric in display order: its code, kind (count or level), category and names in English and Arabic.")
            .WithTags("Vocabulary");

        api.MapGet("/theatres", GetTheatres)
            .WithName("GetTheatres")
            .WithSummary("List the theatres")
            .WithDescription("Every theatre in display order, with the members of a combined theatre (IQ+SY = IQ + SY) and the parent of a sub-region.")
            .WithTags("Vocabulary");

        return api;
    }

    public static async Task<Ok<IReadOnlyList<MetricDto>>> GetMetrics(TrackerDbContext db, CancellationToken cancellationToken)
    {
        var vocabulary = await db.LoadVocabularyAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<MetricDto>>(vocabulary.Metrics.Select(m => new MetricDto(
            m.Code, m.Kind.Code(), m.Category.Code(), new LocalizedText(m.NameEn, m.NameAr), new LocalizedText(m.UnitEn, m.UnitAr),
            new OptionalLocalizedText(m.DescriptionEn, m.DescriptionAr), m.DisplayOrder)).ToList());
    }

    public static async Task<Ok<IReadOnlyList<TheatreDto>>> GetTheatres(TrackerDbContext db, CancellationToken cancellationToken)
    {
        var vocabulary = await db.LoadVocabularyAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<TheatreDto>>(vocabulary.Theatres.Select(t => new TheatreDto(
            t.Code, new LocalizedText(t.NameEn, t.NameAr), t.Parent, t.Members, t.DisplayOrder)).ToList());
    }

    public static string Code(this MetricCategory category) => category switch
    {
        MetricCategory.IsisActivity => "isis-activity",
        MetricCategory.CounterIsisOperations => "counter-isis-operations",
        _ => "detention-and-camps",
    };

    public static MetricRefDto Ref(this MetricRow m) => new(m.Code, m.Kind.Code(), new LocalizedText(m.NameEn, m.NameAr));

    public static TheatreRefDto Ref(this TheatreRow t) => new(t.Code, new LocalizedText(t.NameEn, t.NameAr));
}
