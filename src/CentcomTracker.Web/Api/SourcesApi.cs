using System.ComponentModel;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Api;

/// <summary>GET /api/sources and /api/sources/{id}: the documents figures come from, and what each reported.</summary>
public static class SourcesApi
{
    public static RouteGroupBuilder MapSourcesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/sources", GetSources)
            .WithName("GetSources")
            .WithSummary("List the sources")
            .WithDescription("Every source, newest first, with its publisher, title, publication date, language, tier and number of figures.")
            .WithTags("Sources");

        api.MapGet("/sources/{id:int}", GetSource)
            .WithName("GetSource")
            .WithSummary("Get one source and every figure it reported")
            .WithDescription("The source and its figures, each with the exact quote in the source's language and an English rendering where given.")
            .WithTags("Sources");

        return api;
    }

    public static async Task<Ok<IReadOnlyList<SourceDto>>> GetSources(TrackerDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Sources.AsNoTracking()
            .OrderByDescending(s => s.PublishedEnd).ThenBy(s => s.Id)
            .Select(s => new SourceDto(s.Id, s.Publisher, s.Title, s.Url, s.Published.Label,
                s.Language, s.Tier.Code(), s.Note, s.Figures.Count, s.PublisherAr, s.Series ?? "source-" + s.Id))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SourceDto>>(rows);
    }

    public static async Task<Results<Ok<SourceDetailDto>, NotFoundProblem>> GetSource(
        [Description("The source's id, as listed by GET /api/sources.")] int id, TrackerDbContext db, CancellationToken cancellationToken)
    {
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return ApiProblems.NotFound("id", "Unknown source", $"There is no source with id {id}; GET /api/sources lists them.");
        }

        var figures = await db.Figures.AsNoTracking()
            .Where(f => f.SourceId == id)
            .OrderBy(f => f.PeriodStart).ThenBy(f => f.PeriodEnd).ThenBy(f => f.Metric!.DisplayOrder).ThenBy(f => f.Theatre!.DisplayOrder).ThenBy(f => f.Id)
            .Select(f => new SourceFigureDto(f.Id, f.MetricCode, f.TheatreCode, f.Period.Label, f.Value,
                f.Qualifier.Code(), f.Quote, f.Translation, f.Note))
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(new SourceDetailDto(source.Id, source.Publisher, source.Title, source.Url,
            source.Published.Label, source.Language, source.Tier.Code(), source.Note, figures,
            source.PublisherAr, source.Series ?? "source-" + source.Id));
    }
}
