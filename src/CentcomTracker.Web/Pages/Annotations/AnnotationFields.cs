using CentcomTracker.Web.Pages.Figures;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CentcomTracker.Web.Pages.Annotations;

/// <summary>
/// The fields of an annotation form (the new and edit pages' input models derive from it), checked by the same input
/// rules as figures, with the source required to exist.
/// </summary>
public class AnnotationFields
{
    public string? Date { get; set; }
    public string? Text { get; set; }
    public string? TextAr { get; set; }
    public string? Theatre { get; set; }
    public int? SourceId { get; set; }
    public string? Quote { get; set; }

    public void Fill(Annotation a) =>
        (Date, Text, TextAr, Theatre, SourceId, Quote) = (a.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Text, a.TextAr, a.TheatreCode, a.SourceId, a.Quote);

    /// <summary>The checked fields and the source's id, or null with every problem beside its field.</summary>
    public (InputRules.ValidAnnotation Valid, int SourceId)? Check(ModelStateDictionary modelState, IReadOnlyList<SourceChoice> sources,
        IStringLocalizer<SharedResource> rules, IStringLocalizer<EditorResource> text)
    {
        var (valid, errors) = InputRules.CheckAnnotation(new(Date, Text, TextAr, Theatre, Quote));
        modelState.AddFieldErrors(errors, "Input", rules);
        if (SourceId is not { } sourceId || sources.All(s => s.Id != sourceId))
        {
            modelState.AddModelError("Input.SourceId", text["Choose the source that reported this event."]);
            return null;
        }

        return valid is null || !modelState.IsValid ? null : (valid, sourceId);
    }
}
