namespace CentcomTracker.Web.Provenance;

/// <summary>An audit entry with its changes in words, ready for a page.</summary>
public sealed record AuditRow(AuditEntry Entry, IReadOnlyList<AuditChange> Changes);
