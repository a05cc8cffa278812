using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;

namespace CentcomTracker.Web.Pages.Sources;

/// <summary>
/// A source's fields as typed in a form (all text, so a bad date gets our message, not the binder's). Shared by
/// /sources/new, /sources/{id}/edit and the release form's "new source"; checked by <see cref="InputRules.CheckSource"/>.
/// </summary>
public sealed class SourceFields
{
    public string? Publisher { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? Published { get; set; }
    public string? Language { get; set; } = "en";
    public string? Tier { get; set; } = "secondary";  // as for CSV: an editor raises a source deliberately
    public string? Note { get; set; }

    public InputRules.SourceInput ToRuleInput() =>
        new(Publisher, Title, Url, Published, Language, Tier, Note);

    /// <summary>Field names of <see cref="InputRules.CheckSource"/> (the CSV columns) → property names under <paramref name="prefix"/>.</summary>
    public static string KeyFor(string prefix, string field) => prefix + "." + field switch
    {
        "source_publisher" => nameof(Publisher),
        "source_title" => nameof(Title),
        "source_url" => nameof(Url),
        "source_date" => nameof(Published),
        "source_language" => nameof(Language),
        "source_tier" => nameof(Tier),
        _ => nameof(Note),
    };

    public static SourceFields From(Source s) => new()
    {
        Publisher = s.Publisher, Title = s.Title, Url = s.Url, Published = s.Published.Label, Language = s.Language, Tier = s.Tier.Code(), Note = s.Note,
    };

    public static void Apply(Source source, InputRules.ValidSource valid)
    {
        source.Publisher = valid.Publisher;
        source.Title = valid.Title;
        source.Url = valid.Url;
        source.Published = valid.Published;
        source.Language = valid.Language;
        source.Tier = valid.Tier;
        source.Note = valid.Note;
    }
}
