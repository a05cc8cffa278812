namespace CentcomTracker.Web.Accounts;

public static class Policies
{
    /// <summary>Every write: editors and admins. Reading needs no account.</summary>
    public const string Editor = "Editor";
}
