using System.ComponentModel;

namespace CentcomTracker.Web.Api;

// What the API returns. Language-neutral: codes (metric, theatre, qualifier, how, tier), period labels
// (2023, 2024-H1, 2024-07-16) and JSON numbers; only names carry both languages. A value nobody reported is
// null, never 0. Records here are the contract: entities never leave the server.

[Description("A text in English and Arabic.")]
public sealed record LocalizedText(string En, string Ar);

[Description("An optional text in English and Arabic; either may be missing.")]
public sealed record OptionalLocalizedText(string? En, string? Ar);

[Description("What is counted. Kind 'count' adds up over time and across theatres; kind 'level' is a quantity at a date and never adds up.")]
public sealed record MetricDto(
    [property: Description("Stable code used in URLs, the API and CSV, e.g. operations.")] string Code,
    [property: Description("count or level.")] string Kind,
    [property: Description("isis-activity, counter-isis-operations or detention-and-camps.")] string Category,
    LocalizedText Name,
    LocalizedText Unit,
    OptionalLocalizedText Description,
    int DisplayOrder);

[Description("Where: a country, a combined theatre whose members add up to it (IQ+SY = IQ + SY), or a sub-region with a parent.")]
public sealed record TheatreDto(
    string Code,
    LocalizedText Name,
    [property: Description("The theatre this sub-region belongs to, if any.")] string? Parent,
    [property: Description("The theatres whose sum this combined theatre is; empty for a country.")] IReadOnlyList<string> Members,
    int DisplayOrder);

[Description("The metric and theatre of a row, with their names, so a client needs no second request to label it.")]
public sealed record MetricRefDto(string Code, string Kind, LocalizedText Name);

public sealed record TheatreRefDto(string Code, LocalizedText Name);

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

[Description("One source with the number of figures it reported.")]
public sealed record SourceDto(
    int Id, string Publisher, string Title, string? Url, string Published, string Language, string Tier, string? Note,
    int FigureCount, string? PublisherAr, string Series);

[Description("One source and every figure it reported, with the exact quotes.")]
public sealed record SourceDetailDto(
    int Id, string Publisher, string Title, string? Url, string Published, string Language, string Tier, string? Note,
    IReadOnlyList<SourceFigureDto> Figures, string? PublisherAr, string Series);

[Description("A figure as reported by the source it belongs to.")]
public sealed record SourceFigureDto(
    int Id, string Metric, string Theatre, string Period, long Value, string Qualifier,
    string Quote, string? Translation, string? Note);

[Description("One reported number, with its source and the exact sentence that reported it.")]
public sealed record FigureDto(
    int Id,
    string Metric,
    string Theatre,
    [property: Description("Period label: 2023, 2024-H1, 2024-Q1, 2024-06, 2024-07-16 or 2024-08-29..2024-11-04.")] string Period,
    long Value,
    [property: Description("exact, about, more-than, at-least or less-than.")] string Qualifier,
    [property: Description("The exact sentence, in the source's language.")] string Quote,
    [property: Description("An English rendering of a quote in another language, when given.")] string? Translation,
    string? Note,
    SourceRefDto Source,
    [property: Description("A maximum or record ('the peak of over 70,000 in 2019'), not a level at a date: never carried forward.")] bool IsPeak = false);

[Description("One page of figures.")]
public sealed record FiguresPageDto(
    IReadOnlyList<FigureDto> Items,
    int Page,
    int PageSize,
    [property: Description("Figures matching the filters, on all pages.")] int TotalCount,
    int TotalPages,
    [property: Description("Relative link to the next page with the same filters; null on the last page.")] string? Next,
    [property: Description("Relative link to the previous page; null on the first.")] string? Previous);

[Description("How much of the period a sum covers. A partial sum is never scaled up.")]
public sealed record CoverageDto(
    int CoveredDays, int TotalDays,
    [property: Description("Counted in calendar months when the period and every part are whole months; otherwise null.")] int? CoveredMonths,
    int? TotalMonths,
    bool IsComplete);

[Description("A part of a sum: one month of a year, or one country of a combined theatre.")]
public sealed record PartDto(
    string Theatre, string Period, long? Value, string? Qualifier, string How, CoverageDto? Coverage,
    [property: Description("The figures this part rests on; their details are in the enclosing object's figures.")] IReadOnlyList<int> FigureIds,
    [property: Description("What other sources give for this part (e.g. another June figure), with their figures and quotes.")] IReadOnlyList<AlternativeDto> Alternatives);

[Description("What another source (or another way of summing) gives for the same metric, theatre and period.")]
public sealed record AlternativeDto(
    string Period, long? Value, string? Qualifier, string How, CoverageDto? Coverage,
    IReadOnlyList<PartDto> Parts, IReadOnlyList<FigureDto> Figures,
    [property: Description("repeats (a relay of the same statement), agrees, differs-in-precision (a relay that rounds or drops a qualifier: consistent, not a conflict) or conflicts.")] string Relation,
    [property: Description("True when the app computed the value from the source's parts (how is a sum): the source never printed it.")] bool Computed);

[Description("A reported total set against the sum of its parts: 'reported 196 = Iraq 137 + Syria 59'.")]
public sealed record ReconciliationDto(
    [property: Description("summed-over-time or summed-over-members.")] string Kind,
    long Reported, string ReportedQualifier,
    long Sum, string SumQualifier,
    [property: Description("Reported minus the sum.")] long Difference,
    [property: Description("matches, consistent (qualifiers leave room for each other) or differs.")] string Agreement,
    IReadOnlyList<PartDto> Parts,
    IReadOnlyList<FigureDto> Figures,
    [property: Description("How much of the period the parts cover; a partial sum is 'at least' and says how many of how many.")] CoverageDto? Coverage);

[Description("A whole smaller than one of its parts for the same metric and period (a combined theatre and a member, or a sub-region and its parent): an inconsistency between sources, both shown.")]
public sealed record InconsistencyDto(
    [property: Description("whole-smaller-than-part.")] string Kind,
    PartDto Whole,
    PartDto Part,
    [property: Description("The figures behind both values, with sources and quotes.")] IReadOnlyList<FigureDto> Figures);

[Description("A level not reported for the period (older than the horizon, or a peak), offered beside the null value.")]
public sealed record LastKnownDto(
    string AsOf, long Value, string Qualifier,
    [property: Description("A maximum or record, not a level at a date.")] bool IsPeak,
    IReadOnlyList<FigureDto> Figures);

[Description("A reconciliation inside a series bucket, the bucket's own or one of its parts': a reported total against the sum of its parts.")]
public sealed record SeriesReconciliationDto(
    string Period, string Kind, long Reported, string ReportedQualifier, long Sum, string SumQualifier, long Difference, string Agreement,
    CoverageDto? Coverage);

[Description("What a metric is in a theatre over a period, and how that is known.")]
public sealed record ResolutionDto(
    string Metric,
    string Theatre,
    string Period,
    [property: Description("Null when nobody reported it: never 0.")] long? Value,
    [property: Description("exact, about, more-than, at-least or less-than; null with a null value.")] string? Qualifier,
    [property: Description("reported, summed-over-time, summed-over-members, level or not-reported.")] string How,
    [property: Description("For sums: how much of the period the parts cover.")] CoverageDto? Coverage,
    [property: Description("For levels: the date (period label) of the value.")] string? AsOf,
    [property: Description("A level carried forward: dated before the period, within the metric's horizon.")] bool IsStale,
    [property: Description("The figures the value rests on, with source and quote.")] IReadOnlyList<FigureDto> Figures,
    IReadOnlyList<PartDto> Parts,
    IReadOnlyList<AlternativeDto> Alternatives,
    IReadOnlyList<ReconciliationDto> Reconciliations,
    [property: Description("For a level carried forward from before the period (within the metric's horizon): the date it is carried from.")] string? CarriedForwardFrom,
    [property: Description("For a level not reported for the period: the last figure known by its end, offered beside the null value.")] LastKnownDto? LastKnown,
    [property: Description("Wholes smaller than one of their parts, involving this value.")] IReadOnlyList<InconsistencyDto> Inconsistencies);

[Description("An input of a derived value.")]
public sealed record DerivedInputDto(
    [property: Description("a, b, pace, baseline, rate-a or rate-b.")] string Name,
    string? Period,
    decimal Value,
    string? Qualifier,
    string? How,
    CoverageDto? Coverage,
    IReadOnlyList<int> SourceIds);

[Description("A value computed from resolved values, naming its formula and inputs. Rounded to 4 decimal places.")]
public sealed record DerivedValueDto(
    decimal Value,
    string? Qualifier,
    [property: Description("How it was computed, e.g. 'b × 12 ÷ 6 months'.")] string Formula,
    IReadOnlyList<DerivedInputDto> Inputs);

[Description("Derived values of a comparison; each is null when it does not apply (a partial sum, a level, equal lengths...).")]
public sealed record DerivedDto(
    [property: Description("b − a, when both are complete.")] DerivedValueDto? Change,
    [property: Description("(b − a) ÷ a × 100.")] DerivedValueDto? PercentChange,
    [property: Description("a per 30 days, when the periods differ in length.")] DerivedValueDto? RatePer30DaysA,
    [property: Description("b per 30 days, when the periods differ in length.")] DerivedValueDto? RatePer30DaysB,
    [property: Description("Change in the 30-day rate, in percent.")] DerivedValueDto? RateChangePercent,
    [property: Description("b annualised, when b is a count over less than a year.")] DerivedValueDto? Pace,
    [property: Description("Pace ÷ a, when a is a calendar year: 'on pace for 2.5 × 2023'.")] DerivedValueDto? PaceRatio,
    [property: Description("Pace ÷ each other source's value for a, annualised first when it covers part of the year.")] IReadOnlyList<DerivedValueDto> AlternativePaceRatios,
    [property: Description("Whether a and b are like for like (same source or series of releases, equal lengths, neither period inside the other, both complete): only then are change and percentChange given.")] bool Comparable,
    [property: Description("Why not, most telling first: not-reported, different-sources, one-contains-the-other, periods-overlap, different-lengths, partial, same-report or stale-level; null when comparable.")] string? Reason,
    [property: Description("Every reason that applies, in the same order.")] IReadOnlyList<string> Reasons,
    [property: Description("The reasons in English words, naming the sources and lengths; null when comparable.")] string? ReasonText,
    [property: Description("When a and b come from different sources: the same source's values for both periods, compared by the same rules.")] LikeForLikeDto? LikeForLike,
    [property: Description("The value for a that pace ratios are set against, how it was chosen, and the others that may be chosen with baseline=.")] BaselineDto? Baseline);

public sealed record ComparisonRowDto(MetricRefDto Metric, TheatreRefDto Theatre, ResolutionDto A, ResolutionDto B, DerivedDto Derived);

[Description("Every metric for the theatre asked for (or for every theatre), in period a and period b.")]
public sealed record ComparisonDto(string A, string B, string? Theatre, IReadOnlyList<ComparisonRowDto> Rows);

[Description("One bucket of a series: the resolved value for that month, quarter, half or year.")]
public sealed record SeriesPointDto(
    string Period,
    [property: Description("Null when nobody reported it (a gap), never 0.")] long? Value,
    string? Qualifier,
    string How,
    CoverageDto? Coverage,
    string? AsOf,
    bool IsStale,
    [property: Description("The figures behind the value: GET /api/figures/{id} for source and quote.")] IReadOnlyList<int> FigureIds,
    [property: Description("Reconciliations of the value and of the parts it was summed from (a year built on a tally, and the tally's months), so a year and its quarters never disagree silently.")] IReadOnlyList<SeriesReconciliationDto> Reconciliations,
    [property: Description("Wholes smaller than one of their parts for this bucket: e.g. Iraq and Syria 121 against Iraq 141.")] IReadOnlyList<SeriesInconsistencyDto> Inconsistencies,
    [property: Description("For a level not reported for the bucket: the last figure known by its end (value, date, peak).")] SeriesLastKnownDto? LastKnown);

[Description("A whole smaller than one of its parts within a series bucket.")]
public sealed record SeriesInconsistencyDto(string WholeTheatre, long WholeValue, string WholeQualifier, string PartTheatre, long PartValue, string PartQualifier,
    IReadOnlyList<int> FigureIds);

[Description("The last level known by a bucket's end, when it could not stand for the bucket.")]
public sealed record SeriesLastKnownDto(string AsOf, long Value, string Qualifier, bool IsPeak, IReadOnlyList<int> FigureIds);

[Description("One metric in one theatre over time, bucket by bucket.")]
public sealed record SeriesDto(
    MetricRefDto Metric,
    TheatreRefDto Theatre,
    string Granularity,
    [property: Description("First bucket's label; null when nothing was ever reported.")] string? From,
    [property: Description("Last bucket's label; null when nothing was ever reported.")] string? To,
    IReadOnlyList<SeriesPointDto> Points);

[Description("The like-for-like alternative to a comparison across different sources: one source's (or series') values for both periods.")]
public sealed record LikeForLikeDto(
    [property: Description("The series of releases (or source) both values come from, e.g. bbc-monitoring.")] string Series,
    DerivedInputDto A,
    DerivedInputDto B,
    [property: Description("Country by country, when both values add up countries.")] IReadOnlyList<MemberPairDto> ByMember,
    [property: Description("Derived values of this pair, by the same rules (rates when its lengths or coverage differ).")] DerivedDto Derived);

[Description("One country's values in a like-for-like pair: Iraq 401 → 141.")]
public sealed record MemberPairDto(string Theatre, long? A, long? B, CoverageDto? CoverageB);

[Description("The baseline for a that a pace is set against.")]
public sealed record BaselineDto(
    [property: Description("The key to pass as baseline= to choose this value: a series key (centcom, bbc-monitoring) or source-{id}.")] string Key,
    DerivedInputDto Value,
    [property: Description("True when baseline= chose it; false when it is the default.")] bool Chosen,
    [property: Description("What baseline= asked for, when given.")] string? Requested,
    [property: Description("Why the default is the default: covers-whole-period, more-direct-source, newer-source or preferred.")] string? DefaultReason,
    [property: Description("Every value for a that may be chosen, the one used included.")] IReadOnlyList<BaselineOptionDto> Options);

public sealed record BaselineOptionDto(string Key, DerivedInputDto Value);
