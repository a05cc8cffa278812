using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Web.Api;

/// <summary>GET /api/figures (filtered, paged) and /api/figures/{id}: the reported numbers as the sources gave them.</summary>
public static class FiguresApi
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    // (MaxPage − 1) × MaxPageSize stays well inside int, which EF's Skip takes.
    public const int MaxPage = 1_000_000;

    public static RouteGroupBuilder MapFiguresApi(this RouteGroupBuilder api)
    {
        api.MapGet("/figures", GetFigures)
            .WithName("GetFigures")
            .WithSummary("List reported figures, filtered and paged")
            .WithDescription(
                "Figures as the sources reported them (not resolved), ordered by period, metric, theatre and source. " +
                "from and to keep the figures whose period overlaps from…to. The answer carries the total count and " +
                "links to the next and previous pages with the same filters.")
            .WithTags("Figures");

        api.MapGet("/figures/{id}", GetFigure)
            .WithName("GetFigure")
            .WithSummary("Get one figure with its source and quote")
            .WithTags("Figures");

        return api;
    }

    public static async Task<Results<Ok<FiguresPageDto>, ValidationProblem, NotFoundProblem>> GetFigures(
        [Description("Metric code, e.g. operations (GET /api/metrics).")] string? metric,
        [Description("Theatre code: IQ, SY or IQ+SY (encode + as %2B) (GET /api/theatres).")] string? theatre,
        [Description("Period label or date: keep figures whose period ends on or after its start, e.g. 2023 or 2023-06-15.")] string? from,
        [Description("Period label or date: keep figures whose period starts on or before its end, e.g. 2024-H1.")] string? to,
        [Description("Source id (GET /api/sources).")][Range(1, int.MaxValue)] string? source,
        [Description("Page number, from 1.")][Range(1, MaxPage), DefaultValue("1")] string? page,
        [Description("Figures per page.")][Range(1, MaxPageSize), DefaultValue("50")] string? pageSize,
        HttpRequest request, TrackerDbContext db, CancellationToken cancellationToken)
    {
        var args = new ApiArguments();
        var fromPeriod = args.OptionalPeriod("from", from);
        var toPeriod = args.OptionalPeriod("to", to);
        args.Ordered(fromPeriod, toPeriod);
        int? sourceId = string.IsNullOrWhiteSpace(source) ? null : args.Integer("source", source, 0, 1, int.MaxValue);
        var pageNumber = args.Integer("page", page, 1, 1, MaxPage);
        var size = args.Integer("pageSize", pageSize, DefaultPageSize, 1, MaxPageSize);
        if (!args.IsValid)
        {
            return args.Problem();
        }

        var vocabulary = await db.LoadVocabularyAsync(cancellationToken);
        var metricRow = vocabulary.FindMetric(metric);
        if (!string.IsNullOrWhiteSpace(metric) && metricRow is null)
        {
            return ApiProblems.Unknown("metric", metric.Trim(), vocabulary.Metrics.Select(m => m.Code));
        }

        var theatreRow = vocabulary.FindTheatre(theatre);
        if (!string.IsNullOrWhiteSpace(theatre) && theatreRow is null)
        {
            return ApiProblems.Unknown("theatre", theatre.Trim(), vocabulary.Theatres.Select(t => t.Code));
        }

        if (sourceId is { } known && !await db.Sources.AnyAsync(s => s.Id == known, cancellationToken))
        {
            return ApiProblems.NotFound("source", "Unknown source", $"There is no source with id {known}.");
        }

        var query = db.Figures.AsNoTracking();
        if (metricRow is not null) query = query.Where(f => f.MetricCode == metricRow.Code);
        if (theatreRow is not null) query = query.Where(f => f.TheatreCode == theatreRow.Code);
        if (sourceId is { } sid) query = query.Where(f => f.SourceId == sid);
        if (fromPeriod is { } fp) query = query.Where(f => f.PeriodEnd >= fp.Start);
        if (toPeriod is { } tp) query = query.Where(f => f.PeriodStart <= tp.End);

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderBy(f => f.PeriodStart).ThenBy(f => f.PeriodEnd)
            .ThenBy(f => f.Metric!.DisplayOrder).ThenBy(f => f.Theatre!.DisplayOrder).ThenBy(f => f.SourceId).ThenBy(f => f.Id)
            .Skip((pageNumber - 1) * size).Take(size)
            .SelectFigureDtos()
            .ToListAsync(cancellationToken);

        var links = ApiPageLinks.For(request, pageNumber, size, total, ("metric", metricRow?.Code), ("theatre", theatreRow?.Code),
            ("from", fromPeriod?.Label), ("to", toPeriod?.Label), ("source", sourceId?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return TypedResults.Ok(new FiguresPageDto(items, pageNumber, size, total, links.TotalPages, links.Next, links.Previous));
    }

    public static async Task<Results<Ok<FigureDto>, ValidationProblem, NotFoundProblem>> GetFigure(
        [Description("The figure's id.")][Range(1, int.MaxValue)] string id, TrackerDbContext db, CancellationToken cancellationToken)
    {
        var args = new ApiArguments();
        var figureId = args.RequiredInteger("id", id, 1, int.MaxValue);  // "abc" is a 400 naming id, as a query parameter's would be
        if (!args.IsValid)
        {
            return args.Problem();
        }

        var figure = await db.Figures.AsNoTracking().Where(f => f.Id == figureId).SelectFigureDtos().FirstOrDefaultAsync(cancellationToken);
        return figure is null
            ? ApiProblems.NotFound("id", "Unknown figure", $"There is no figure with id {figureId}.")
            : TypedResults.Ok(figure);
    }
}
