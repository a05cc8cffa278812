using System.ComponentModel.DataAnnotations;
using CentcomTracker.Web.Pages.Figures;

namespace CentcomTracker.Web.Pages.Annotations;

/// <summary>
/// Correcting an annotation. The form carries its Version: if another editor saved or deleted it in between, the save
/// is refused with what it holds now, and what this editor typed stays in the form.
/// </summary>
public sealed class EditModel(TrackerDbContext db, AuditContext audit, IStringLocalizer<EditorResource> text, IStringLocalizer<SharedResource> rules, ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int Id { get; private set; }
    public IReadOnlyList<SourceChoice> Sources { get; private set; } = [];

    /// <summary>What the annotation holds now, when another editor's save came first.</summary>
    public Annotation? Current { get; private set; }

    public sealed class InputModel : AnnotationFields
    {
        public Guid Version { get; set; }

        [PlainText]
        [StringLength(InputRules.MaxNote, ErrorMessage = ValidationMessages.MaxLength)]
        [Display(Name = "Reason for the change")]
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Annotations.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } annotation)
        {
            return NotFound();
        }

        Id = id;
        Input.Fill(annotation);
        Input.Version = annotation.Version;
        Sources = await db.SourceChoicesAsync(Input.SourceId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        Sources = await db.SourceChoicesAsync(Input.SourceId, cancellationToken);
        var annotation = await db.Annotations.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (annotation is null)
        {
            ModelState.AddModelError("", text["Another editor deleted this annotation while you were editing it. Nothing was saved."]);
            return Page();
        }

        if (!ModelState.IsValid || Input.Check(ModelState, Sources, rules, text) is not { } checkedInput)
        {
            return Page();
        }

        annotation.Apply(checkedInput.Valid, checkedInput.SourceId);
        if (db.Entry(annotation).State == EntityState.Unchanged)
        {
            TempData[Editing.StatusMessage] = text["Nothing changed: the annotation already held these values."].Value;
            return Redirect($"/annotations#annotation-{id}");
        }

        db.ExpectVersion(annotation, Input.Version);
        audit.Reason = Input.Reason;
        if ((await db.TrySaveChangesAsync(cancellationToken)).Conflict)
        {
            Current = await db.Annotations.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            logger.LogInformation("Edit of annotation {AnnotationId} by {User} refused: saved by someone else meanwhile", id, User.Identity?.Name);
            if (Current is null)
            {
                ModelState.AddModelError("", text["Another editor deleted this annotation while you were editing it. Nothing was saved."]);
                return Page();
            }

            // The next save is a deliberate decision to replace the other editor's version, made with it in view.
            ModelState.Remove("Input.Version");
            Input.Version = Current.Version;
            ModelState.AddModelError("", text["Another editor saved this annotation while you were editing it. Your changes were not saved; they are still in the form. Compare, then save again to replace that version."]);
            return Page();
        }

        logger.LogInformation("Annotation {AnnotationId} changed by {User}", id, User.Identity?.Name);
        TempData[Editing.StatusMessage] = text["Saved. The charts mark the event as corrected now."].Value;
        return Redirect($"/annotations#annotation-{id}");
    }
}
