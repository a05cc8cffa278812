namespace CentcomTracker.Web.Data;

public static class ReviewMarks
{
    /// <summary>The review batches touching these figures (only the pending ones unless <paramref name="decided"/>), newest first.</summary>
    public static async Task<ILookup<int, ReviewMark>> ReviewMarksAsync(this TrackerDbContext db, IReadOnlyCollection<int> figureIds, bool decided,
        CancellationToken cancellationToken)
    {
        var ids = figureIds.Select(id => (int?)id).ToList();
        var rows = await db.ProposedChanges.AsNoTracking()
            .Where(c => c.EntityType == AuditEntity.Figure && ids.Contains(c.TargetId))
            .Join(db.ReviewBatches.Where(b => decided || b.State == ReviewState.Pending), c => c.BatchId, b => b.Id,
                (c, b) => new { c.TargetId, c.Action, c.After, b.Id, b.State, b.AuthorName, b.CreatedAt, b.ReviewerName, b.ReviewedAt, b.RejectReason })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToLookup(r => r.TargetId!.Value, r =>
        {
            var after = AuditSnapshots.ReadFigure(r.After);
            var proposed = after is null ? (QualifiedValue?)null : new QualifiedValue(after.Value, Qualifiers.Parse(after.Qualifier));
            return new ReviewMark(r.Id, r.State, r.Action, r.AuthorName, r.CreatedAt, proposed, r.ReviewerName, r.ReviewedAt, r.RejectReason);
        });
    }
}
