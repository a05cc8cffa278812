using CentcomTracker.Web.Pages.Figures;

namespace CentcomTracker.Web.Pages.Annotations;

/// <summary>Recording a dated event with its source, to be marked on the time-series charts.</summary>
public sealed class NewModel(TrackerDbContext db, IStringLocalizer<EditorResource> text, IStringLocalizer<SharedResource> rules, ILogger<NewModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<SourceChoice> Sources { get; private set; } = [];

    public sealed class InputModel : AnnotationFields;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Sources = await db.SourceChoicesAsync(null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Sources = await db.SourceChoicesAsync(Input.SourceId, cancellationToken);
        if (!ModelState.IsValid || Input.Check(ModelState, Sources, rules, text) is not { } checkedInput)
        {
            return Page();
        }

        var annotation = new Annotation { Text = "", Quote = "" }.Apply(checkedInput.Valid, checkedInput.SourceId);
        db.Annotations.Add(annotation);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Annotation {AnnotationId} created by {User}", annotation.Id, User.Identity?.Name);
        TempData[Editing.StatusMessage] = text["Annotation #{0} recorded: the time-series charts mark it now.", annotation.Id].Value;
        return Redirect($"/annotations#annotation-{annotation.Id}");
    }
}
