using System.Globalization;

namespace CentcomTracker.Web.Domain;

/// <summary>
/// Words for a person — an error an editor can act on — kept as an English template with its arguments apart, so
/// each interface can say them in its own language: the web pages translate the template and format the arguments
/// for the reader; the API, CSV files and commands use <see cref="ToString"/>, the English. An argument may itself
/// be a message (the reason in "\"2024-13\" is not a period: {1}"). Arguments typed by a person are strings, kept as typed.
/// </summary>
public sealed class Message : IEquatable<Message>
{
    public Message(string template, params object[] arguments)
    {
        Template = template;
        Arguments = arguments;
    }

    private Message(long count, string one, string other, object[] arguments) : this(other, arguments)
    {
        Count = count;
        One = one;
    }

    /// <summary>
    /// A message whose words follow a count: the English when the count is one ("This row has {0} field") and
    /// otherwise ("This row has {0} fields"). The latter is the <see cref="Template"/> and the root of the keys of
    /// its translations, one for each plural category of a language ("…_one", "…_few"; see <see cref="PluralRules"/>).
    /// </summary>
    public static Message Counted(long count, string one, string other, params object[] arguments) => new(count, one, other, arguments);

    /// <summary>The English text with composite-format placeholders ({0}, {1:N0}); also the key of its translations.</summary>
    public string Template { get; }

    public IReadOnlyList<object> Arguments { get; }

    /// <summary>The count that chooses the words of a <see cref="Counted"/> message; null for any other.</summary>
    public long? Count { get; }

    /// <summary>The English of a <see cref="Counted"/> message when its count is one.</summary>
    public string? One { get; }

    /// <summary>The English, with numbers and dates in invariant form.</summary>
    public override string ToString()
    {
        var template = Count is { } count && One is not null && PluralRules.Category(count, "en") == PluralCategory.One ? One : Template;
        return Arguments.Count == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, [.. Arguments]);
    }

    public bool Equals(Message? other) =>
        other is not null && Template == other.Template && Count == other.Count && One == other.One && Arguments.SequenceEqual(other.Arguments);

    public override bool Equals(object? obj) => Equals(obj as Message);

    public override int GetHashCode() => HashCode.Combine(Template, Count, Arguments.Count);
}
