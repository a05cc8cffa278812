namespace CentcomTracker.Web.Domain;

/// <summary>One problem with one input field, in words an editor can act on (English in <see cref="Message.ToString"/>).</summary>
public sealed record FieldError(string Field, Message Message)
{
    public FieldError(string field, string template, params object[] arguments) : this(field, new Message(template, arguments)) { }
}
