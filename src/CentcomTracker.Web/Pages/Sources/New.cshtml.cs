namespace CentcomTracker.Web.Pages.Sources;

/// <summary>Recording a new source.</summary>
public sealed class NewModel(TrackerDbContext db, IStringLocalizer<EditorResource> text, IStringLocalizer<SharedResource> rules, ILogger<NewModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public SourceFields Source { get; set; } = new();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await Input.Source.CheckAsync(db, ModelState, "Input.Source", null, listed: false, rules, text, cancellationToken) is not { } valid)
        {
            return Page();
        }

        var source = Source.From(valid);
        db.Sources.Add(source);
        if ((await db.TrySaveChangesAsync(cancellationToken)).Duplicate is { } duplicate)
        {
            ModelState.AddFieldErrors([duplicate], "Input.Source", rules);
            return Page();
        }

        logger.LogInformation("Source {SourceId} created by {User}", source.Id, User.Identity?.Name);
        TempData[Editing.StatusMessage] = text["Source #{0} recorded.", source.Id].Value;
        TempData[Editing.StatusLinkUrl] = $"/figures/release?source={source.Id}";
        TempData[Editing.StatusLinkText] = text["Enter its figures"].Value;
        return Redirect($"/figures?source={source.Id}");
    }
}
