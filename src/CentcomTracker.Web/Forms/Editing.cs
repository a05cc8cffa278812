using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CentcomTracker.Web.Forms;

/// <summary>Small pieces every editing page shares: status messages, and domain errors placed next to their fields.</summary>
public static class Editing
{
    public const string StatusMessage = "StatusMessage";
    public const string StatusLinkUrl = "StatusLinkUrl";
    public const string StatusLinkText = "StatusLinkText";

    public static bool IsEditor(this ClaimsPrincipal user) => user.IsInRole(Roles.Editor) || user.IsInRole(Roles.Admin);

    /// <summary>
    /// Puts each input-rule error beside its field, once, in the page's language. Forms name fields as the rules do
    /// ("source_date" under "Input.Source" is Input.Source.Date); <paramref name="elsewhere"/> names the exceptions.
    /// </summary>
    public static void AddFieldErrors(this ModelStateDictionary modelState, IEnumerable<FieldError> errors, string prefix,
        IStringLocalizer<SharedResource> rules, params (string Field, string Key)[] elsewhere)
    {
        foreach (var error in errors)
        {
            var key = elsewhere.FirstOrDefault(e => e.Field == error.Field).Key ?? FormKey(prefix, error.Field);
            var message = rules.Say(error.Message);
            if (modelState.TryGetValue(key, out var entry) && entry.Errors.Any(e => e.ErrorMessage == message))
            {
                continue;
            }

            modelState.AddModelError(key, message);
        }
    }

    public static string FormKey(string prefix, string field)
    {
        var name = field.StartsWith("source_", StringComparison.Ordinal) ? field["source_".Length..] : field;
        return $"{prefix}.{char.ToUpperInvariant(name[0])}{name[1..]}";
    }

    /// <summary>An audit time on screen: UTC, to the minute, the same for every reader (left to right in Arabic text too).</summary>
    public static string Timestamp(DateTime utc) =>
        Display.LeftToRight(utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC");
}
