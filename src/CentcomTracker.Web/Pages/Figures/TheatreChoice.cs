namespace CentcomTracker.Web.Pages.Figures;

public sealed record TheatreChoice(string Code, string Name, string? ParentCode);
