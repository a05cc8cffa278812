namespace CentcomTracker.Web.Api;

public sealed record TheatreRefDto(string Code, LocalizedText Name);
