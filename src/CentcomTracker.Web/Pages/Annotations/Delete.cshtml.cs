namespace CentcomTracker.Web.Pages.Annotations;

/// <summary>
/// Deleting an annotation after a confirmation page; its audit entry keeps what it held. Refused when someone changed
/// it since the page was opened, so the editor confirms with the new version in view.
/// </summary>
public sealed class DeleteModel(TrackerDbContext db, AuditContext audit, IStringLocalizer<EditorResource> text, ILogger<DeleteModel> logger) : PageModel
{
    [BindProperty]
    public DeleteInput Input { get; set; } = new();

    public int Id { get; private set; }
    public Annotation? Annotation { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        Annotation = await db.Annotations.AsNoTracking().Include(a => a.Source).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (Annotation is null) return NotFound();
        Input.Version = Annotation.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        Annotation = await db.Annotations.Include(a => a.Source).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (Annotation is null)
        {
            TempData[Editing.StatusMessage] = text["This annotation had already been deleted."].Value;
            return Redirect("/annotations");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.ExpectVersion(Annotation, Input.Version);
        db.Annotations.Remove(Annotation);
        audit.Reason = Input.Reason;
        if ((await db.TrySaveChangesAsync(cancellationToken)).Conflict)
        {
            Annotation = await db.Annotations.AsNoTracking().Include(a => a.Source).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (Annotation is null) return Redirect("/annotations");
            ModelState.Remove("Input.Version");
            Input.Version = Annotation.Version;
            ModelState.AddModelError("", text["This annotation was changed after you opened this page. It was not deleted. Check it below, then confirm again to delete it."]);
            return Page();
        }

        logger.LogInformation("Annotation {AnnotationId} deleted by {User}", id, User.Identity?.Name);
        TempData[Editing.StatusMessage] = text["Annotation #{0} deleted. The list of changes keeps what it held.", id].Value;
        return Redirect("/annotations");
    }
}
