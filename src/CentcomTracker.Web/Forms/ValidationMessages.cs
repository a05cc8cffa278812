namespace CentcomTracker.Web.Forms;

/// <summary>
/// DataAnnotations messages, spelled out: ASP.NET Core translates a validation message only when the attribute names
/// it (ErrorMessage), so each attribute points at one of these keys of Resources/Localization/SharedResource.ar.resx.
/// </summary>
public static class ValidationMessages
{
    public const string Required = "The {0} field is required.";
    public const string MaxLength = "The field {0} must be a string with a maximum length of {1}.";
    public const string Email = "The {0} field is not a valid e-mail address.";
}
