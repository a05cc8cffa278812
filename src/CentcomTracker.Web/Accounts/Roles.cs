namespace CentcomTracker.Web.Accounts;

public static class Roles
{
    public const string Editor = "Editor";
    public const string Admin = "Admin";
    public static readonly string[] All = [Editor, Admin];
}
