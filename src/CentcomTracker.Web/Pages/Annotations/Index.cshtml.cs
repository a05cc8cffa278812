namespace CentcomTracker.Web.Pages.Annotations;

/// <summary>Every annotation, newest event first, with its source and quote; editors get the links to add, correct and delete.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AnnotationRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyDictionary<string, string> TheatreNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Total = await db.Annotations.CountAsync(cancellationToken);
        var rows = await db.Annotations.AsNoTracking().OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).Rows().ToListAsync(cancellationToken);
        Rows = rows.AsEnumerable().Reverse().ToList();
        TheatreNames = (await db.LoadVocabularyAsync(cancellationToken)).Theatres.ToDictionary(t => t.Code, t => t.Name());
    }

    public string Link(int page) => page <= 1 ? "/annotations" : $"/annotations?p={page}";
}
