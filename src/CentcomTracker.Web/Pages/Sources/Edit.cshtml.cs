using System.ComponentModel.DataAnnotations;

namespace CentcomTracker.Web.Pages.Sources;

/// <summary>Correcting a source, with the same optimistic concurrency, audit and review as a figure.</summary>
public sealed class EditModel(TrackerDbContext db, AuditContext audit, ReviewQueue review, IStringLocalizer<EditorResource> text, IStringLocalizer<SharedResource> rules, ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public SourceFields Source { get; set; } = new();
        public Guid Version { get; set; }

        [PlainText]
        [StringLength(InputRules.MaxNote, ErrorMessage = ValidationMessages.MaxLength)]
        [Display(Name = "Reason for the change")]
        public string? Reason { get; set; }
    }

    public int Id { get; private set; }

    /// <summary>Set when another editor's save came first: the source as it is now, and that editor's audit entry.</summary>
    public (Source Current, AuditEntry? LastChange)? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        Id = id;
        Input = new InputModel { Source = SourceFields.From(source), Version = source.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        // Binding's errors (the reason's length or characters) do not stop the source's own checks: every error shows
        // at once, rather than one more appearing on each save.
        var valid = await Input.Source.CheckAsync(db, ModelState, "Input.Source", id, listed: false, rules, text, cancellationToken);
        if (valid is not null && await db.Figures.AsNoTracking().FirstBeginningAfterAsync(id, valid.Published, [], cancellationToken) is { } later)
        {
            // The rule a figure meets when it is written, checked from the source's side: moving the date earlier must
            // not leave one of its figures reporting a period that had not begun.
            AddLaterFigureError(later.Id, later.Period);
        }

        if (valid is null || !ModelState.IsValid)
        {
            return Page();
        }

        if (db.Entry(source.Apply(valid)).State == EntityState.Unchanged)
        {
            TempData[Editing.StatusMessage] = text["Nothing changed: the source already held these values."].Value;
            return Redirect($"/figures?source={id}");
        }

        db.ExpectVersion(source, Input.Version);
        audit.Reason = Input.Reason;
        var (saved, pending) = await review.SubmitAsync(cancellationToken);
        if (saved.Duplicate is { } duplicate)
        {
            ModelState.AddFieldErrors([duplicate], "Input.Source", rules);
            return Page();
        }

        if (saved.Breach is { } breach)
        {
            // Another editor gave this source a figure between this page's check and its save.
            if (breach.FigureId is { } figureId) AddLaterFigureError(figureId, breach.Period);
            else ModelState.AddModelError("Input.Source.Date", rules.Say(breach.Message));
            return Page();
        }

        if (saved.Conflict)
        {
            var current = await db.Sources.AsNoTracking().FirstAsync(s => s.Id == id, cancellationToken);
            var last = await db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == AuditEntity.Source && a.EntityId == id)
                .OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
            Conflict = (current, last);
            ModelState.Remove("Input.Version");
            Input.Version = current.Version;
            ModelState.AddModelError("", last is null
                ? text["This source was changed while you were editing it. Your changes were not saved; they are still in the form. Compare, then save again to replace it."]
                : text["Another editor ({0}) saved this source at {1} while you were editing it. Your changes were not saved; they are still in the form. Compare, then save again to replace it.",
                    last.UserName, Editing.Timestamp(last.At)]);
            logger.LogInformation("Edit of source {SourceId} by {User} refused: saved by someone else meanwhile", id, User.Identity?.Name);
            return Page();
        }

        logger.LogInformation("Source {SourceId} changed by {User}", id, User.Identity?.Name);
        TempData[Editing.StatusMessage] = pending is null
            ? text["Source #{0} saved.", id].Value
            : text["Your correction of source #{0} awaits a second editor's approval; its figures are shown with the source as it was until then.", id].Value;
        return Redirect($"/figures?source={id}");
    }

    private void AddLaterFigureError(int figureId, Period period) =>
        ModelState.AddModelError("Input.Source.Date", text["Figure #{0} of this source reports {1}, which begins after this date: a source cannot report a period that had not begun. Correct the figure, or the date.",
            figureId, Display.Period(period)]);
}
