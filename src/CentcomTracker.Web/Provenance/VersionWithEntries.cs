namespace CentcomTracker.Web.Provenance;

/// <summary>A data version with the audit entries it committed.</summary>
public sealed record VersionWithEntries(Revision Revision, IReadOnlyList<AuditEntry> Entries);
