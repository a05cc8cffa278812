using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using CentcomTracker.Web.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CentcomTracker.Web.Pages.Sources;

/// <summary>Recording a new source. Its id is known only after the insert, so the audit entry follows in the same transaction.</summary>
public sealed class NewModel(TrackerDbContext db, TimeProvider clock, IStringLocalizer<EditorResource> text, IStringLocalizer<SharedResource> rules, ILogger<NewModel> logger) : PageModel
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

        var (valid, errors) = InputRules.CheckSource(Input.Source.ToRuleInput());
        ModelState.AddFieldErrors(errors, field => SourceFields.KeyFor("Input.Source", field), rules);
        if (valid is null)
        {
            return Page();
        }

        if (await db.Sources.AsNoTracking().FindByNaturalKeyAsync(valid.Publisher, valid.Title, valid.Published, cancellationToken) is { } existing)
        {
            ModelState.AddModelError("Input.Source.Title", text["This source is already recorded (source #{0}): same publisher, title and date.", existing.Id]);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var source = new Source { Publisher = valid.Publisher, Title = valid.Title, Language = valid.Language, CreatedAt = now, UpdatedAt = now };
        SourceFields.Apply(source, valid);
        var (who, userId) = User.Who();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Sources.Add(source);
            await db.SaveChangesAsync(cancellationToken);
            db.Record(AuditAction.Create, AuditEntity.Source, source.Id, null, AuditSnapshots.Snapshot(source), who, userId, null, now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.Source.Title", text["This source is already recorded: same publisher, title and date."]);
            return Page();
        }

        logger.LogInformation("Source {SourceId} created by {User}", source.Id, who);
        TempData[Editing.StatusMessage] = text["Source #{0} recorded.", source.Id].Value;
        TempData[Editing.StatusLinkUrl] = $"/figures/release?source={source.Id}";
        TempData[Editing.StatusLinkText] = text["Enter its figures"].Value;
        return Redirect($"/figures?source={source.Id}");
    }
}
