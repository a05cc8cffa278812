namespace CentcomTracker.Web.Data;

public sealed record TheatreRow(string Code, string NameEn, string NameAr, string? Parent, IReadOnlyList<string> Members, int DisplayOrder);
