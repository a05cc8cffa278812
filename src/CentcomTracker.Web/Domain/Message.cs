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

    /// <summary>The English text with composite-format placeholders ({0}, {1:N0}); also the key of its translations.</summary>
    public string Template { get; }

    public IReadOnlyList<object> Arguments { get; }

    /// <summary>The English, with numbers and dates in invariant form.</summary>
    public override string ToString() =>
        Arguments.Count == 0 ? Template : string.Format(CultureInfo.InvariantCulture, Template, [.. Arguments]);

    public bool Equals(Message? other) =>
        other is not null && Template == other.Template && Arguments.SequenceEqual(other.Arguments);

    public override bool Equals(object? obj) => Equals(obj as Message);

    public override int GetHashCode() => HashCode.Combine(Template, Arguments.Count);
}
