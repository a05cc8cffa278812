namespace CentcomTracker.Web.Data;

/// <summary>Column lengths; forms and imports validate against the same numbers.</summary>
public static class Limits
{
    public const int Code = 32;
    public const int Name = InputRules.MaxName;
    public const int Title = InputRules.MaxTitle;
    public const int Url = InputRules.MaxUrl;
    public const int Note = InputRules.MaxNote;
    public const int Quote = InputRules.MaxQuote;
}
