using System.Globalization;
using CentcomTracker.Web.Domain;

namespace CentcomTracker.Web.Api;

/// <summary>
/// The derived values of a comparison as the API gives them: each names its formula and inputs; change only like
/// for like, with the reasons otherwise and the like-for-like pair; the baseline a pace is set against and why.
/// </summary>
internal static class ComparisonMapping
{
    public static DerivedDto Derived(Comparison c)
    {
        var a = c.A;
        var b = c.B;
        var change = c.Change;
        var pace = c.PaceB;
        var paceInput = pace is null ? null : new DerivedInputDto("pace", b.Period.Label, Round(pace.PerYear), pace.Qualifier.Code(), null, null, SourceIds(b));
        var paceFormula = pace is null ? "" : pace.Months is { } months ? $"b × 12 ÷ {months} months" : $"b × 365.25 ÷ {pace.Days} days";

        return new DerivedDto(
            Change: change is { } ch ? new DerivedValueDto(ch.Value, ch.Qualifier.Code(), "b − a", [Input("a", a), Input("b", b)]) : null,
            PercentChange: c.PercentChange is { } pc ? new DerivedValueDto(Round(pc), change?.Qualifier.Code(), "(b − a) ÷ a × 100", [Input("a", a), Input("b", b)]) : null,
            RatePer30DaysA: c.RatePer30DaysA is { } ra ? new DerivedValueDto(Round(ra), a.CoveredValue?.Qualifier.Code(), $"a × 30 ÷ {Comparison.RateDays(a)} days", [Input("a", a)]) : null,
            RatePer30DaysB: c.RatePer30DaysB is { } rb ? new DerivedValueDto(Round(rb), b.CoveredValue?.Qualifier.Code(), $"b × 30 ÷ {Comparison.RateDays(b)} days", [Input("b", b)]) : null,
            RateChangePercent: c.RateChangePercent is { } rc
                ? new DerivedValueDto(Round(rc), c.RateChangeQualifier?.Code(), "(rate-b − rate-a) ÷ rate-a × 100",
                [
                    new DerivedInputDto("rate-a", a.Period.Label, Round(c.RatePer30DaysA!.Value), a.CoveredValue?.Qualifier.Code(), null, null, SourceIds(a)),
                    new DerivedInputDto("rate-b", b.Period.Label, Round(c.RatePer30DaysB!.Value), b.CoveredValue?.Qualifier.Code(), null, null, SourceIds(b)),
                ])
                : null,
            Pace: pace is not null ? new DerivedValueDto(Round(pace.PerYear), pace.Qualifier.Code(), paceFormula, [Input("b", b)]) : null,
            PaceRatio: c.PaceRatioAgainstBaseline is { } ratio ? RatioDto(ratio, paceInput!, "pace ÷ a", "a") : null,
            AlternativePaceRatios: c.AlternativePaceRatios.Select(alt => RatioDto(alt, paceInput!, "pace ÷ baseline", "baseline")).ToList(),
            Comparable: c.Comparable,
            Reason: c.Reason?.Code(),
            Reasons: c.Reasons.Select(r => r.Code()).ToList(),
            ReasonText: c.Comparable ? null : string.Join("; ", c.Reasons.Select(r => ReasonText(c, r))),
            LikeForLike: c.LikeForLike is { } like
                ? new LikeForLikeDto(string.Join("+", Comparability.Series(like.A).Order(StringComparer.Ordinal)), Input("a", like.A), Input("b", like.B),
                    like.ByMember.Select(m => new MemberPairDto(m.A.Theatre, m.A.Value?.Value, m.B.Value?.Value, ResolutionMapping.Coverage(m.B.Coverage))).ToList(),
                    Derived(like))
                : null,
            Baseline: c.BaselineCandidates.Count == 0 ? null : new BaselineDto(Key(c.Baseline), Input("a", c.Baseline), c.BaselineChosen, c.BaselineChoice,
                c.BaselineChosen ? null : c.DefaultBaselineReason?.Code(),
                c.BaselineCandidates.Select(o => new BaselineOptionDto(Key(o), Input("baseline", o))).ToList()));
    }

    /// <summary>A pace ratio against a baseline; the baseline's annualised value is an input of its own when it was scaled.</summary>
    private static DerivedValueDto RatioDto(BaselineRatio ratio, DerivedInputDto pace, string formula, string name) => ratio.Annualised is { } annual
        ? new DerivedValueDto(Round(ratio.Ratio), ratio.Qualifier.Code(),
            formula + (annual.Months is { } m ? $" (baseline × 12 ÷ {m} months)" : $" (baseline × 365.25 ÷ {annual.Days} days)"),
            [pace, Input(name, ratio.Baseline), new DerivedInputDto(name + "-pace", ratio.Baseline.Period.Label, Round(annual.PerYear),
                annual.Qualifier.Code(), null, ResolutionMapping.Coverage(ratio.Baseline.Coverage), SourceIds(ratio.Baseline))])
        : new DerivedValueDto(Round(ratio.Ratio), ratio.Qualifier.Code(), formula, [pace, Input(name, ratio.Baseline)]);

    /// <summary>The key baseline= takes for a value: the series key of its first source.</summary>
    public static string Key(Resolution r) => r.Sources.Count > 0 ? r.Sources[0].SeriesKey : "";

    private static string ReasonText(Comparison c, ComparisonReason reason) => reason switch
    {
        ComparisonReason.DifferentSources =>
            $"different sources: {string.Join(" + ", c.A.Sources.Select(s => s.Publisher))} for {c.A.Period.Label}, {string.Join(" + ", c.B.Sources.Select(s => s.Publisher))} for {c.B.Period.Label}",
        ComparisonReason.Contains => "one period contains the other",
        ComparisonReason.Overlaps => "the periods overlap",
        ComparisonReason.DifferentLengths => $"periods of different length ({Length(c.A.Period)} and {Length(c.B.Period)})",
        ComparisonReason.Partial => "a partial sum would understate it",
        ComparisonReason.SameReport => "the same report stands for both periods",
        ComparisonReason.StaleLevel => "the latest figure predates its period",
        ComparisonReason.BoundsOnly => c.B.Value!.Value.Qualifier.IsLowerBound()
            ? "both are lower bounds, so the change cannot be told"
            : "both are upper bounds, so the change cannot be told",
        _ => "not reported",
    };

    private static string Length(Period p) => p.Months is { } m
        ? string.Create(CultureInfo.InvariantCulture, $"{m} months")
        : string.Create(CultureInfo.InvariantCulture, $"{p.Days} days");

    // Derived values exist only when their inputs have values, so every input here has one.
    private static DerivedInputDto Input(string name, Resolution r) =>
        new(name, r.Period.Label, r.Value!.Value.Value, r.Value?.Qualifier.Code(), r.How.Code(), ResolutionMapping.Coverage(r.Coverage), SourceIds(r));

    private static IReadOnlyList<int> SourceIds(Resolution r) => r.Sources.Select(s => s.Id).ToList();

    private static decimal Round(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
