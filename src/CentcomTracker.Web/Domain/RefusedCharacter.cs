namespace CentcomTracker.Web.Domain;

/// <summary>A character refused in text: its code point (hex, e.g. "202E"), its Unicode name, and where it is (1 = first).</summary>
public sealed record RefusedCharacter(string Code, string Name, int Position);
