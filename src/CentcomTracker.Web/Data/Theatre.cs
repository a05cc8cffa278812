namespace CentcomTracker.Web.Data;

/// <summary>Where: a country, a combined theatre whose members add up to it, or a sub-region with a parent.</summary>
public sealed class Theatre
{
    public required string Code { get; set; }
    public required string NameEn { get; set; }
    public required string NameAr { get; set; }
    public string? ParentCode { get; set; }
    public int DisplayOrder { get; set; }
    public List<TheatreMember> Members { get; set; } = [];
}
