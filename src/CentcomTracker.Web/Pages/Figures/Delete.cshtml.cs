namespace CentcomTracker.Web.Pages.Figures;

/// <summary>
/// Deleting a figure after a confirmation page. The audit entry keeps what it held, so its history stays readable at
/// /figures/{id}. Deleting a figure someone changed since this page was opened is refused: the editor confirms again
/// with the new value in view.
/// </summary>
public sealed class DeleteModel(TrackerDbContext db, AuditContext audit, ReviewQueue review, IStringLocalizer<EditorResource> text, ILogger<DeleteModel> logger) : PageModel
{
    [BindProperty]
    public DeleteInput Input { get; set; } = new();

    public int Id { get; private set; }
    public Summary? Figure { get; private set; }

    public sealed record Summary(string Metric, string Theatre, Period Period, QualifiedValue Value, string Quote, string SourceLanguage, string Source);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        var figure = await LoadAsync(id, cancellationToken);
        if (figure is null)
        {
            return RedirectToPage("/Figures/Details", new { id });
        }

        Input.Version = figure.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        var figure = await LoadAsync(id, cancellationToken);
        if (figure is null)
        {
            return AlreadyDeleted(id);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (figure.Version != Input.Version)
        {
            return Refuse(await FigureConflict.LoadAsync(db, id, cancellationToken));
        }

        db.ExpectVersion(figure, Input.Version);
        db.Figures.Remove(figure);
        audit.Reason = Input.Reason;
        var (saved, pending) = await review.SubmitAsync(cancellationToken);
        if (saved.Conflict)
        {
            var conflict = await FigureConflict.LoadAsync(db, id, cancellationToken);
            if (conflict.Current is null)
            {
                return AlreadyDeleted(id);
            }

            await LoadAsync(id, cancellationToken);
            return Refuse(conflict);
        }

        logger.LogInformation("Figure {FigureId} deleted by {User}", id, User.Identity?.Name);
        TempData[Editing.StatusMessage] = pending is null
            ? text["Figure #{0} deleted. Its history stays readable.", id].Value
            : text["The deletion of figure #{0} awaits a second editor's approval; the figure stays until then.", id].Value;
        TempData[Editing.StatusLinkUrl] = Url.Page("/Figures/Details", new { id });
        TempData[Editing.StatusLinkText] = text["History of figure #{0}", id].Value;
        return RedirectToPage("/Figures/Index");
    }

    private RedirectToPageResult AlreadyDeleted(int id)
    {
        TempData[Editing.StatusMessage] = text["This figure had already been deleted."].Value;
        return RedirectToPage("/Figures/Details", new { id });
    }

    private PageResult Refuse(FigureConflict conflict)
    {
        logger.LogInformation("Deletion of figure {FigureId} by {User} refused: changed meanwhile", Id, User.Identity?.Name);
        ModelState.Remove("Input.Version");
        Input.Version = conflict.Current!.Version;
        ModelState.AddModelError("", text["This figure was changed after you opened this page: its value is now {0}. It was not deleted. Check it below, then confirm again to delete it.",
            Display.Value(new QualifiedValue(conflict.Current.Value, conflict.Current.Qualifier))]);
        return Page();
    }

    private async Task<Figure?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var figure = await db.Figures.Include(f => f.Metric).Include(f => f.Theatre).Include(f => f.Source)
            .FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (figure is not null)
        {
            var arabic = Culture.IsArabic;
            Figure = new Summary(arabic ? figure.Metric!.NameAr : figure.Metric!.NameEn, arabic ? figure.Theatre!.NameAr : figure.Theatre!.NameEn,
                figure.Period, new QualifiedValue(figure.Value, figure.Qualifier), figure.Quote, figure.Source!.Language,
                $"{figure.Source.Publisher} — {figure.Source.Title}");
        }

        return figure;
    }
}
