namespace CentcomTracker.Web.Domain.Extraction;

/// <summary>A stretch of the input text: the first character's index and the number of characters.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public string Of(string text) => text.Substring(Start, Length);
}
