using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Api;

/// <summary>GET /api/sources and /api/sources/{id}: the documents figures come from, and what each reported.</summary>
public static class SourcesApi
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;
    public const int DefaultFiguresPageSize = 500;

    public static RouteGroupBuilder MapSourcesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/sources", GetSources)
            .WithName("GetSources")
            .WithSummary("List the sources, paged")
            .WithDescription("The sources, newest first, a page at a time, each with its publisher, title, publication date, language, tier and number of figures. The answer carries the total count and links to the next and previous pages.")
            .WithTags("Sources");

        api.MapGet("/sources/{id}", GetSource)
            .WithName("GetSource")
            .WithSummary("Get one source and the figures it reported")
            .WithDescription("The source and its figures, each with the exact quote in the source's language and an English rendering where given. The figures come a page at a time (500 by default), with their total and links to the next and previous pages.")
            .WithTags("Sources");

        return api;
    }

    public static async Task<Results<Ok<SourcesPageDto>, ValidationProblem>> GetSources(
        [Description("Page number, from 1.")][Range(1, FiguresApi.MaxPage), DefaultValue("1")] string? page,
        [Description("Sources per page.")][Range(1, MaxPageSize), DefaultValue("100")] string? pageSize,
        HttpRequest request, TrackerDbContext db, CancellationToken cancellationToken)
    {
        var args = new ApiArguments();
        var pageNumber = args.Integer("page", page, 1, 1, FiguresApi.MaxPage);
        var size = args.Integer("pageSize", pageSize, DefaultPageSize, 1, MaxPageSize);
        if (!args.IsValid)
        {
            return args.Problem();
        }

        var total = await db.Sources.CountAsync(cancellationToken);
        var rows = await db.Sources.AsNoTracking()
            .OrderByDescending(s => s.PublishedEnd).ThenBy(s => s.Id)
            .Skip((pageNumber - 1) * size).Take(size)
            .Select(s => new SourceDto(s.Id, s.Publisher, s.Title, s.Url, s.Published.Label,
                s.Language, s.Tier.Code(), s.Note, s.Figures.Count, s.PublisherAr, SourceInfo.SeriesKeyOf(s.Series, s.Id)))
            .ToListAsync(cancellationToken);
        var links = ApiPageLinks.For(request, pageNumber, size, total);
        return TypedResults.Ok(new SourcesPageDto(rows, pageNumber, size, total, links.TotalPages, links.Next, links.Previous));
    }

    public static async Task<Results<Ok<SourceDetailDto>, ValidationProblem, NotFoundProblem>> GetSource(
        [Description("The source's id, as listed by GET /api/sources.")][Range(1, int.MaxValue)] string id,
        [Description("Page of the source's figures, from 1.")][Range(1, FiguresApi.MaxPage), DefaultValue("1")] string? page,
        [Description("Figures per page.")][Range(1, FiguresApi.MaxPageSize), DefaultValue("500")] string? pageSize,
        HttpRequest request, TrackerDbContext db, CancellationToken cancellationToken)
    {
        var args = new ApiArguments();
        var sourceId = args.RequiredInteger("id", id, 1, int.MaxValue);  // "abc" is a 400 naming id, as a query parameter's would be
        var pageNumber = args.Integer("page", page, 1, 1, FiguresApi.MaxPage);
        var size = args.Integer("pageSize", pageSize, DefaultFiguresPageSize, 1, FiguresApi.MaxPageSize);
        if (!args.IsValid)
        {
            return args.Problem();
        }

        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sourceId, cancellationToken);
        if (source is null)
        {
            return ApiProblems.NotFound("id", "Unknown source", $"There is no source with id {sourceId}; GET /api/sources lists them.");
        }

        var ofSource = db.Figures.AsNoTracking().Where(f => f.SourceId == sourceId);
        var total = await ofSource.CountAsync(cancellationToken);
        var figures = await ofSource
            .OrderBy(f => f.PeriodStart).ThenBy(f => f.PeriodEnd).ThenBy(f => f.Metric!.DisplayOrder).ThenBy(f => f.Theatre!.DisplayOrder).ThenBy(f => f.Id)
            .Skip((pageNumber - 1) * size).Take(size)
            .Select(f => new SourceFigureDto(f.Id, f.MetricCode, f.TheatreCode, f.Period.Label, f.Value,
                f.Qualifier.Code(), f.Quote, f.Translation, f.Note))
            .ToListAsync(cancellationToken);

        var links = ApiPageLinks.For(request, pageNumber, size, total);
        return TypedResults.Ok(new SourceDetailDto(source.Id, source.Publisher, source.Title, source.Url,
            source.Published.Label, source.Language, source.Tier.Code(), source.Note, figures,
            source.PublisherAr, SourceInfo.SeriesKeyOf(source.Series, source.Id),
            pageNumber, size, total, links.TotalPages, links.Next, links.Previous));
    }
}
