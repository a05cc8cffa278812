namespace CentcomTracker.Web.Domain;

/// <summary>
/// A theatre; a combined theatre (Iraq and Syria) lists the theatres whose sum it is; a sub-region (al-Hol camp)
/// names the theatre it lies in. Either relation makes one value a part of another, which is checked.
/// </summary>
public sealed record TheatreInfo(string Code, IReadOnlyList<string> Members, string? Parent = null)
{
    public TheatreInfo(string code) : this(code, [], null) { }
}
