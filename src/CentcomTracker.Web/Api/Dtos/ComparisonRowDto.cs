namespace CentcomTracker.Web.Api;

public sealed record ComparisonRowDto(MetricRefDto Metric, TheatreRefDto Theatre, ResolutionDto A, ResolutionDto B, DerivedDto Derived);
