using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CentcomTracker.Web.Api;

/// <summary>GET /api/annotations: the dated events the time-series charts mark, each with its source and quote.</summary>
public static class AnnotationsApi
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    public static RouteGroupBuilder MapAnnotationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/annotations", GetAnnotations)
            .WithName("GetAnnotations")
            .WithSummary("List the annotations: dated events with their sources")
            .WithDescription(
                "Events editors marked on the time-series charts, oldest first, each with the sentence that reported it and its " +
                "source. from and to are period labels or days (2024, 2024-01, 2024-01-03); theatre IQ or SY also returns the " +
                "events of no particular theatre, IQ+SY returns all. Honours asof like every read route.")
            .WithTags("Annotations");
        return api;
    }

    public static async Task<Results<Ok<AnnotationsPageDto>, ValidationProblem, NotFoundProblem>> GetAnnotations(
        [Description("Period label or day: keep events on or after its start, e.g. 2024 or 2024-01-03.")] string? from,
        [Description("Period label or day: keep events on or before its end, e.g. 2024-H1.")] string? to,
        [Description("Theatre code: IQ, SY or IQ+SY (encode + as %2B).")] string? theatre,
        [Description("Page number, from 1.")][Range(1, FiguresApi.MaxPage), DefaultValue("1")] string? page,
        [Description("Annotations per page.")][Range(1, MaxPageSize), DefaultValue("100")] string? pageSize,
        HttpRequest request, TrackerDbContext db, CancellationToken cancellationToken)
    {
        var args = new ApiArguments();
        var fromPeriod = args.OptionalPeriod("from", from);
        var toPeriod = args.OptionalPeriod("to", to);
        args.Ordered(fromPeriod, toPeriod);
        var pageNumber = args.Integer("page", page, 1, 1, FiguresApi.MaxPage);
        var size = args.Integer("pageSize", pageSize, DefaultPageSize, 1, MaxPageSize);
        if (!args.IsValid)
        {
            return args.Problem();
        }

        var query = db.Annotations.AsNoTracking().Between(fromPeriod?.Start, toPeriod?.End);
        TheatreRow? theatreRow = null;
        if (!string.IsNullOrWhiteSpace(theatre))
        {
            var vocabulary = await db.LoadVocabularyAsync(cancellationToken);
            theatreRow = vocabulary.FindTheatre(theatre);
            if (theatreRow is null) return ApiProblems.Unknown("theatre", theatre.Trim(), vocabulary.Theatres.Select(t => t.Code));
            query = query.Concerning(theatreRow);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.Rows().Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        var items = rows.Select(a => new AnnotationDto(a.Id, Day(a.Date), a.Text, a.TextAr, a.Theatre,
            new AnnotationSourceDto(a.SourceId, a.Publisher, a.Title, a.Url, a.Language), a.Quote)).ToList();

        var links = ApiPageLinks.For(request, pageNumber, size, total, ("from", fromPeriod?.Label), ("to", toPeriod?.Label), ("theatre", theatreRow?.Code));
        return TypedResults.Ok(new AnnotationsPageDto(items, pageNumber, size, total, links.TotalPages, links.Next, links.Previous));
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
