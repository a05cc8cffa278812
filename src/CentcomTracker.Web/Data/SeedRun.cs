namespace CentcomTracker.Web.Data;

/// <summary>A seed set applied to this database; each is applied once, so an editor's deletion is not undone.</summary>
public sealed class SeedRun
{
    public required string Name { get; set; }
    public DateTime AppliedAt { get; set; }
}
