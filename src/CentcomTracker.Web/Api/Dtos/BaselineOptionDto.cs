namespace CentcomTracker.Web.Api;

public sealed record BaselineOptionDto(string Key, DerivedInputDto Value);
