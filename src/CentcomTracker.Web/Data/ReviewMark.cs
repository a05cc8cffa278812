namespace CentcomTracker.Web.Data;

/// <summary>A proposed update or deletion of a figure, as editors see it marked on the figure's page and in the list.</summary>
public sealed record ReviewMark(long BatchId, ReviewState State, AuditAction Action, string Author, DateTime At, QualifiedValue? Proposed,
    string? Reviewer, DateTime? ReviewedAt, string? RejectReason);
