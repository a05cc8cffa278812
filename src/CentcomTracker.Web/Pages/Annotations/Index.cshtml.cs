namespace CentcomTracker.Web.Pages.Annotations;

/// <summary>Every annotation, newest event first, with its source and quote; editors get the links to add, correct and delete.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    [BindProperty(SupportsGet = true, Name = Paging.NumberKey)] public int? PageNumber { get; set; }
    [BindProperty(SupportsGet = true, Name = Paging.SizeKey)] public int? PageSize { get; set; }

    public IReadOnlyList<AnnotationRow> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Read(1, null, 0, DefaultPageSize, MaxPageSize);
    public IReadOnlyDictionary<string, string> TheatreNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A page past the last (or beyond any number) shows the last, as every paged list does.
        Paging = Paging.Read(PageNumber, PageSize, await db.Annotations.CountAsync(cancellationToken), DefaultPageSize, MaxPageSize);
        var rows = await Paging.Of(db.Annotations.AsNoTracking().OrderByDescending(a => a.Date).ThenByDescending(a => a.Id))
            .Rows().ToListAsync(cancellationToken);
        Rows = rows.AsEnumerable().Reverse().ToList();
        TheatreNames = (await db.LoadVocabularyAsync(cancellationToken)).Theatres.ToDictionary(t => t.Code, t => t.Name());
    }

    public string Link(int page) => Url.Page("/Annotations/Index", new { p = page <= 1 ? (int?)null : page, size = PageSize })!;
}
