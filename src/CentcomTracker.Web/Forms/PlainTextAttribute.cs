using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace CentcomTracker.Web.Forms;

/// <summary>
/// A form field that is not a figure's (an audit reason, say) refuses the same invisible and direction-changing
/// characters as a figure's fields, with the same message in the reader's language.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PlainTextAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (InputRules.RefusedCharacter(validationContext.MemberName ?? "", value as string) is not { } error)
        {
            return ValidationResult.Success;
        }

        var localizer = validationContext.GetService(typeof(IStringLocalizer<SharedResource>)) as IStringLocalizer;
        var message = localizer is null ? Display.Say(error.Message, key => key) : localizer.Say(error.Message);
        return new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null);
    }
}
