namespace CentcomTracker.Web.Data;

/// <summary>
/// A numbered data version: everything one save committed (a release, an edit, an import, a deletion), with when,
/// who and what. Its audit entries point to it; <c>?asof=v12</c> shows the data right after version 12.
/// The seed is version 0 and has no row.
/// </summary>
public sealed class Revision
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string UserName { get; set; }
    public string? UserId { get; set; }
    public string? Reason { get; set; }
    public int FiguresAdded { get; set; }
    public int FiguresChanged { get; set; }
    public int FiguresDeleted { get; set; }
    public int SourcesAdded { get; set; }
    public int SourcesChanged { get; set; }
    public int AnnotationsAdded { get; set; }
    public int AnnotationsChanged { get; set; }
    public int AnnotationsDeleted { get; set; }

    public void Count(AuditAction action, AuditEntity entity)
    {
        switch (entity, action)
        {
            case (AuditEntity.Figure, AuditAction.Create): FiguresAdded++; break;
            case (AuditEntity.Figure, AuditAction.Update): FiguresChanged++; break;
            case (AuditEntity.Figure, AuditAction.Delete): FiguresDeleted++; break;
            case (AuditEntity.Source, AuditAction.Create): SourcesAdded++; break;
            case (AuditEntity.Annotation, AuditAction.Create): AnnotationsAdded++; break;
            case (AuditEntity.Annotation, AuditAction.Update): AnnotationsChanged++; break;
            case (AuditEntity.Annotation, AuditAction.Delete): AnnotationsDeleted++; break;
            default: SourcesChanged++; break;
        }
    }
}
