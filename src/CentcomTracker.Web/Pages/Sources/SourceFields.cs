using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CentcomTracker.Web.Pages.Sources;

/// <summary>
/// A source's fields as typed in a form (all text, so a bad date gets our message, not the binder's). Shared by
/// /sources/new, /sources/{id}/edit and the release form's "new source"; checked by <see cref="InputRules.CheckSource"/>, whose
/// field names they follow (source_date is Date).
/// </summary>
public sealed class SourceFields
{
    public string? Publisher { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? Date { get; set; }
    public string? Language { get; set; } = "en";
    public string? Tier { get; set; } = "secondary";  // as for CSV: an editor raises a source deliberately
    public string? Note { get; set; }

    public InputRules.SourceInput ToRuleInput() =>
        new(Publisher, Title, Url, Date, Language, Tier, Note);

    /// <summary>
    /// The fields checked by the input rules and against the sources already recorded (but <paramref name="self"/>),
    /// with errors next to the fields under <paramref name="prefix"/>; null when anything is wrong. A form that also
    /// lists the recorded sources (<paramref name="listed"/>) says to choose the one already there.
    /// </summary>
    public async Task<InputRules.ValidSource?> CheckAsync(TrackerDbContext db, ModelStateDictionary modelState, string prefix, int? self, bool listed,
        IStringLocalizer<SharedResource> rules, IStringLocalizer<EditorResource> text, CancellationToken cancellationToken)
    {
        var (valid, errors) = InputRules.CheckSource(ToRuleInput());
        modelState.AddFieldErrors(errors, prefix, rules);
        if (valid is null)
        {
            return null;
        }

        var same = await db.Sources.AsNoTracking().Where(s => s.Id != self).FindByNaturalKeyAsync(valid.Publisher, valid.Title, valid.Published, cancellationToken);
        if (same is not null)
        {
            modelState.AddModelError(prefix + ".Title", listed
                ? text["This source is already recorded (source #{0}): same publisher, title and date. Choose it from the list.", same.Id]
                : text["This source is already recorded (source #{0}): same publisher, title and date.", same.Id]);
            return null;
        }

        return valid;
    }

    public static SourceFields From(Source s) => new()
    {
        Publisher = s.Publisher, Title = s.Title, Url = s.Url, Date = s.Published.Label, Language = s.Language, Tier = s.Tier.Code(), Note = s.Note,
    };
}
