using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("The document a figure came from.")]
public sealed record SourceRefDto(
    int Id,
    string Publisher,
    [property: Description("In the source's own language.")] string Title,
    string? Url,
    [property: Description("Publication date: a day (2024-07-16) or a month (2023-08) when only the month is known.")] string Published,
    [property: Description("BCP 47 language of the source and its quotes: en, ar.")] string Language,
    [property: Description("primary (the issuing body's own words), relay (a news report of them) or secondary (independent or tallied).")] string Tier,
    [property: Description("The publisher's name in Arabic, as the Arabic pages show it; null when none is recorded.")] string? PublisherAr,
    [property: Description("The series of releases its figures belong to (centcom, bbc-monitoring, ap): the key baseline= takes; source-{id} when it has none.")] string Series);
