namespace CentcomTracker.Web.Data;

/// <summary>Membership of a combined theatre: IQ and SY are the members of IQ+SY.</summary>
public sealed class TheatreMember
{
    public required string TheatreCode { get; set; }
    public required string MemberCode { get; set; }
}
