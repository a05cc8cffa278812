namespace CentcomTracker.Web.Data;

/// <summary>
/// What one editor's save (a release, an edit, a deletion, a CSV import) would change, waiting for a second editor.
/// The figures table holds approved data only, so every public view stays as it was until the batch is approved;
/// approval applies it through the normal write path (<see cref="AuditTrail"/>) as one data version.
/// </summary>
public sealed class ReviewBatch
{
    public long Id { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string AuthorName { get; set; }
    public string? AuthorId { get; set; }
    public string? Reason { get; set; }
    public ReviewState State { get; set; }
    public string? ReviewerName { get; set; }
    public string? ReviewerId { get; set; }
    public DateTime? ReviewedAt { get; set; }

    /// <summary>Why the reviewer rejected the batch (required to reject).</summary>
    public string? RejectReason { get; set; }

    /// <summary>
    /// What makes two proposals the same (<see cref="ReviewQueue"/>): a hash of the author, the reason and every change.
    /// Unique among pending batches, so the database itself refuses a second pending batch proposing the same. Null for
    /// batches proposed before it was kept.
    /// </summary>
    public string? Fingerprint { get; set; }

    /// <summary>The data version the approval created.</summary>
    public long? RevisionId { get; set; }

    public List<ProposedChange> Changes { get; set; } = [];

    /// <summary>The same person, by account id where both have one, else by name.</summary>
    public bool IsAuthor(string? userId, string? userName) =>
        AuthorId is not null && userId is not null ? AuthorId == userId : string.Equals(AuthorName, userName, StringComparison.OrdinalIgnoreCase);
}
