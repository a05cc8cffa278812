namespace CentcomTracker.Web.Provenance;

/// <summary>One field an audit entry changed, as the reader sees it (Field is the English label, translated in the view).</summary>
public sealed record AuditChange(string Field, string? Before, string? After);
