using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;

namespace CentcomTracker.Web.Localization;

/// <summary>Metric and theatre names in the current UI language (the database holds both).</summary>
public static class Names
{
    public static string Name(this MetricRow metric) => Culture.IsArabic ? metric.NameAr : metric.NameEn;

    public static string? Description(this MetricRow metric) => Culture.IsArabic ? metric.DescriptionAr : metric.DescriptionEn;

    public static string Name(this TheatreRow theatre) => Culture.IsArabic ? theatre.NameAr : theatre.NameEn;

    /// <summary>A publisher as the reader's language names it: the Arabic name on Arabic pages when one is recorded.</summary>
    public static string Publisher(string publisher, string? publisherAr) =>
        Culture.IsArabic && !string.IsNullOrWhiteSpace(publisherAr) ? publisherAr : publisher;

    public static string PublisherName(this SourceInfo source) => Publisher(source.Publisher, source.PublisherAr);
}
