using CentcomTracker.Web.Data;

namespace CentcomTracker.Web.Web;

/// <summary>Metric and theatre names in the current UI language (the database holds both).</summary>
public static class Names
{
    public static string Name(this MetricRow metric) => Localization.IsArabic ? metric.NameAr : metric.NameEn;

    public static string? Description(this MetricRow metric) => Localization.IsArabic ? metric.DescriptionAr : metric.DescriptionEn;

    public static string Name(this TheatreRow theatre) => Localization.IsArabic ? theatre.NameAr : theatre.NameEn;
}
