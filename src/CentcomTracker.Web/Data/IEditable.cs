namespace CentcomTracker.Web.Data;

/// <summary>What the write path (<see cref="AuditTrail"/>) stamps on a figure or a source.</summary>
public interface IEditable
{
    int Id { get; }
    Guid Version { get; set; }
    DateTime CreatedAt { get; set; }
    DateTime UpdatedAt { get; set; }
}
