using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A source as recorded in its history.")]
public sealed record SourceStateDto(
    string Publisher,
    [property: Description("The publisher's name in Arabic, when recorded.")] string? PublisherAr,
    string Title,
    string? Url,
    [property: Description("The day (yyyy-MM-dd) or month (yyyy-MM) it was published.")] string Published,
    string Language,
    [property: Description("primary, secondary or relay.")] string Tier,
    [property: Description("The series of releases its figures belong to, which compare like for like (centcom, bbc-monitoring): the key baseline= takes; source-{id} when it has none.")] string Series,
    string? Note);
