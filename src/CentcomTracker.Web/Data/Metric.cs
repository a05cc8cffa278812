namespace CentcomTracker.Web.Data;

/// <summary>What is counted. The code is stable: it appears in URLs, the API and CSV files.</summary>
public sealed class Metric
{
    public required string Code { get; set; }
    public MetricKind Kind { get; set; }
    public required string NameEn { get; set; }
    public required string NameAr { get; set; }
    public required string UnitEn { get; set; }
    public required string UnitAr { get; set; }
    public string? DescriptionEn { get; set; }
    public string? DescriptionAr { get; set; }
    public MetricCategory Category { get; set; }
    public int DisplayOrder { get; set; }
}
