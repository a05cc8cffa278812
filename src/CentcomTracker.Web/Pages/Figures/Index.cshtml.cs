using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CentcomTracker.Web.Pages.Figures;

/// <summary>Every figure, filtered by metric, theatre, period (figures inside it) and source; sorted; paged. Public.</summary>
public sealed class IndexModel(TrackerDbContext db, IStringLocalizer<EditorResource> text, IStringLocalizer<SharedResource> rules) : PageModel
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Rows per page from the query string (<c>?size=100</c>), never above <see cref="MaxPageSize"/>.</summary>
    [BindProperty(SupportsGet = true, Name = "size")] public int? Size { get; set; }

    public int PageSize => Math.Clamp(Size ?? DefaultPageSize, 1, MaxPageSize);
    public static readonly string[] SortKeys = ["period", "metric", "value", "updated"];

    [BindProperty(SupportsGet = true)] public string? Metric { get; set; }
    [BindProperty(SupportsGet = true)] public string? Theatre { get; set; }
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public int? Source { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Dir { get; set; }

    /// <summary>Page number ("p": "page" is the route value Razor Pages itself uses).</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<MetricRow> Metrics { get; private set; } = [];
    public IReadOnlyList<TheatreRow> Theatres { get; private set; } = [];
    public IReadOnlyList<SourceChoice> Sources { get; private set; } = [];
    public SourceChoice? SelectedSource { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>Changes awaiting a second editor, by figure (editors only).</summary>
    public ILookup<int, ReviewMark> Pending { get; private set; } = Array.Empty<ReviewMark>().ToLookup(m => 0);
    public IReadOnlyList<string> FilterErrors { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool Descending => Dir != "asc";

    public sealed record Row(int Id, string Metric, string Theatre, Period Period, QualifiedValue Value, int SourceId,
        string Publisher, string SourceTitle, string SourceLanguage, DateTime UpdatedAt);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Metrics = await db.MetricChoicesAsync(cancellationToken);
        Theatres = await db.TheatreChoicesAsync(cancellationToken);
        Sources = await db.SourceChoicesAsync(Source, cancellationToken);
        var errors = new List<string>();

        // A filter the list cannot apply is dropped with a message rather than failing the page.
        if (!string.IsNullOrEmpty(Metric) && Metrics.All(m => m.Code != Metric))
        {
            errors.Add(text["Unknown metric \"{0}\": showing every metric.", Metric]);
            Metric = null;
        }

        // "IQ SY" is how an unencoded "IQ+SY" arrives in a query string.
        if (!string.IsNullOrEmpty(Theatre) && Theatres.FirstOrDefault(t => string.Equals(t.Code, VocabularyLookup.TheatreCode(Theatre), StringComparison.OrdinalIgnoreCase)) is { } typed)
        {
            Theatre = typed.Code;
        }

        if (!string.IsNullOrEmpty(Theatre) && Theatres.All(t => t.Code != Theatre))
        {
            errors.Add(text["Unknown theatre \"{0}\": showing every theatre.", Theatre]);
            Theatre = null;
        }

        Period? within = null;
        if (!string.IsNullOrWhiteSpace(Period))
        {
            if (Domain.Period.TryParseReadable(Period, out var parsed, out var error))
            {
                within = parsed;
                Period = parsed.Label;
            }
            else
            {
                errors.Add(rules.Say(error));
            }
        }

        SelectedSource = Sources.FirstOrDefault(s => s.Id == Source);
        if (Source is not null && SelectedSource is null)
        {
            errors.Add(text["There is no source #{0}: showing every source.", Source]);
            Source = null;
        }

        if (Sort is not null && !SortKeys.Contains(Sort))
        {
            Sort = null;
        }

        FilterErrors = errors;

        var query = db.Figures.AsNoTracking();
        if (Metric is not null) query = query.Where(f => f.MetricCode == Metric);
        if (Theatre is not null) query = query.Where(f => f.TheatreCode == Theatre);
        if (within is { } p) query = query.Where(f => f.PeriodStart >= p.Start && f.PeriodEnd <= p.End);
        if (Source is not null) query = query.Where(f => f.SourceId == Source);

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);

        var ordered = (Sort ?? "period", Descending) switch
        {
            ("metric", false) => query.OrderBy(f => f.Metric!.DisplayOrder).ThenBy(f => f.Theatre!.DisplayOrder).ThenBy(f => f.PeriodStart),
            ("metric", true) => query.OrderByDescending(f => f.Metric!.DisplayOrder).ThenBy(f => f.Theatre!.DisplayOrder).ThenBy(f => f.PeriodStart),
            ("value", false) => query.OrderBy(f => f.Value),
            ("value", true) => query.OrderByDescending(f => f.Value),
            ("updated", false) => query.OrderBy(f => f.UpdatedAt),
            ("updated", true) => query.OrderByDescending(f => f.UpdatedAt),
            (_, false) => query.OrderBy(f => f.PeriodStart).ThenBy(f => f.PeriodEnd).ThenBy(f => f.Metric!.DisplayOrder).ThenBy(f => f.Theatre!.DisplayOrder),
            (_, true) => query.OrderByDescending(f => f.PeriodStart).ThenByDescending(f => f.PeriodEnd).ThenBy(f => f.Metric!.DisplayOrder).ThenBy(f => f.Theatre!.DisplayOrder),
        };

        // The page's ids first, then its rows: the database sorts keys and ids, not every figure with its quote
        // (at 100,000 figures the sort of whole rows took most of the page's time).
        var ids = await ordered.ThenBy(f => f.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(f => f.Id)
            .ToListAsync(cancellationToken);
        var arabic = Culture.IsArabic;
        var rows = await db.Figures.AsNoTracking()
            .Where(f => ids.Contains(f.Id))
            .Select(f => new
            {
                f.Id, Metric = arabic ? f.Metric!.NameAr : f.Metric!.NameEn, Theatre = arabic ? f.Theatre!.NameAr : f.Theatre!.NameEn,
                f.Period, f.Value, f.Qualifier, f.SourceId, f.Source!.Publisher, f.Source.PublisherAr, f.Source.Title, f.Source.Language, f.UpdatedAt,
            })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        // A figure deleted between the two queries is left out, not a failure.
        Rows = ids.Where(rows.ContainsKey).Select(id => rows[id]).Select(r => new Row(r.Id, r.Metric, r.Theatre, r.Period,
            new QualifiedValue(r.Value, r.Qualifier), r.SourceId, Names.Publisher(r.Publisher, r.PublisherAr), r.Title, r.Language, r.UpdatedAt)).ToList();
        // Pending changes are today's proposals, and editing starts from today's figures: neither is part of a past view.
        if (User.IsEditor() && HttpContext.ShownMoment() is null)
        {
            Pending = await db.ReviewMarksAsync(Rows.Select(r => r.Id).ToList(), decided: false, cancellationToken);
        }
    }

    /// <summary>This list's address with one thing changed: keeps every filter, so links can be shared.</summary>
    public string? Link(string? sort = null, string? dir = null, int? page = null) => Url.Page("/Figures/Index", new
    {
        metric = Metric, theatre = Theatre, period = Period, source = Source, size = Size,
        sort = sort ?? Sort, dir = dir ?? Dir, p = page ?? (sort is null && dir is null ? PageNumber : 1),
    });

    /// <summary>Clicking the current sort column flips its direction; another column starts descending (largest, newest first).</summary>
    public string? SortLink(string key) =>
        (Sort ?? "period") == key ? Link(key, Descending ? "asc" : "desc") : Link(key, "desc");

    public string AriaSort(string key) => (Sort ?? "period") == key ? (Descending ? "descending" : "ascending") : "none";
}
