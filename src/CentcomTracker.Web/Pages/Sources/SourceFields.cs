using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;

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

    public static SourceFields From(Source s) => new()
    {
        Publisher = s.Publisher, Title = s.Title, Url = s.Url, Date = s.Published.Label, Language = s.Language, Tier = s.Tier.Code(), Note = s.Note,
    };
}
