using System.ComponentModel.DataAnnotations;

namespace CentcomTracker.Web.Forms;

/// <summary>A delete confirmation's fields: the version the editor saw (a changed row is refused) and an optional reason for the audit trail.</summary>
public sealed class DeleteInput
{
    public Guid Version { get; set; }

    [PlainText]
    [StringLength(InputRules.MaxNote, ErrorMessage = ValidationMessages.MaxLength)]
    [Display(Name = "Reason for deleting")]
    public string? Reason { get; set; }
}
