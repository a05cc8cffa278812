namespace CentcomTracker.Web.Data;

public sealed record MetricRow(
    string Code, MetricKind Kind, MetricCategory Category, string NameEn, string NameAr, string UnitEn, string UnitAr,
    string? DescriptionEn, string? DescriptionAr, int DisplayOrder);
