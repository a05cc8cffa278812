using CentcomTracker.Web.Domain;

namespace CentcomTracker.Web.Csv;

/// <summary>
/// A message about an imported file. The import page says it in its own language: a CSV message's template is a key
/// of Resources/Pages/Figures/Import.ar.resx; a message of the shared input rules (<see cref="IsRule"/>) is translated
/// like on every form, by Resources/Localization/SharedResource.ar.resx. The import command prints the English.
/// </summary>
public sealed record CsvMessage(Message Text, bool IsRule)
{
    public static CsvMessage Of(string template, params object[] arguments) => new(new Message(template, arguments), false);

    /// <summary>A message whose words follow a count (see <see cref="Message.Counted"/>).</summary>
    public static CsvMessage Counted(long count, string one, string other, params object[] arguments) => new(Message.Counted(count, one, other, arguments), false);

    public static CsvMessage Rule(Message message) => new(message, true);

    public override string ToString() => Text.ToString();
}
