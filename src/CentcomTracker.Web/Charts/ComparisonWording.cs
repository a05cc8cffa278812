namespace CentcomTracker.Web.Charts;

/// <summary>
/// The sentences about a comparison that every page shares (cards, compare page, chart tables and CSV): why no raw
/// change is given, the like-for-like alternative, and which baseline a pace is set against and why.
/// </summary>
public static class ComparisonWording
{
    /// <summary>"12 months", "68 days": how long a period is.</summary>
    public static string Length(Period period) => period.Months is { } months ? Display.Months(months) : Display.Days(period.Days);

    /// <summary>One reason in words: "different sources: Atlas News, citing BBC Monitoring for 2022, Associated Press for 2023".</summary>
    public static string ReasonText(this Wording w, Comparison c, ComparisonReason reason) => reason switch
    {
        ComparisonReason.DifferentSources => w["different sources: {0} for {1}, {2} for {3}",
            Wording.Publishers(c.A), Display.Period(c.A.Period), Wording.Publishers(c.B), Display.Period(c.B.Period)],
        ComparisonReason.Contains => w["one period contains the other"],
        ComparisonReason.Overlaps => w["the periods overlap"],
        ComparisonReason.DifferentLengths => w["periods of different length ({0} and {1})", Length(c.A.Period), Length(c.B.Period)],
        ComparisonReason.Partial => w["a partial sum would understate it"],
        ComparisonReason.SameReport => w["the same report stands for both periods"],
        ComparisonReason.StaleLevel => w["the latest figure predates its period"],
        ComparisonReason.BoundsOnly => c.B.Value!.Value.Qualifier.IsLowerBound()
            ? w["both are lower bounds, so the change cannot be told"]
            : w["both are upper bounds, so the change cannot be told"],
        _ => w["not reported"],
    };

    /// <summary>"No change given: different sources: …; periods of different length (12 months and 6 months)."</summary>
    public static string NoChangeText(this Wording w, Comparison c) =>
        w["No change given: {0}.", string.Join(Wording.Semicolon, c.Reasons.Select(r => w.ReasonText(c, r)))];

    /// <summary>"253 in 2023 (1 Jan 2023 – 30 Nov 2023: 11 of 12 months)": a value in its period, with the span it covers when partial.</summary>
    public static string Spanned(this Wording w, Resolution r)
    {
        var text = w["{0} in {1}", Display.Value(r.Value), Display.Period(r.Period)];
        if (!r.IsPartial) return text;
        return r.Parts.Count == 1
            ? $"{text} ({Display.Period(r.Parts[0].Period)}: {Display.Coverage(r.Coverage!)})"
            : $"{text} ({Display.Coverage(r.Coverage!)})";
    }

    /// <summary>"per 30 days: 57.0 → 22.7 (−60%)", or null when rates do not apply.</summary>
    public static string? RatesText(this Wording w, Comparison c, bool inSentence = false) => c.RatePer30DaysA is { } ra && c.RatePer30DaysB is { } rb
        ? w[inSentence ? "rates per {2} days: {0} → {1}" : "Per {2} days: {0} → {1}", Display.Derived(Display.Number(ra, 1), c.A.CoveredValue!.Value.Qualifier),
              Display.Derived(Display.Number(rb, 1), c.B.CoveredValue!.Value.Qualifier), Display.Number(30)]
          + (c.RateChangePercent is { } rp ? $" ({Display.Percent(rp)})" : "")
        : null;

    /// <summary>
    /// "Like for like, Atlas News, citing BBC Monitoring: 693 in 2022 → 253 in 2023 (1 Jan 2023 – 30 Nov 2023: 11 of
    /// 12 months); Iraq 401 → 141, Syria 292 → 112; per 30 days: 57.0 → 22.7 (−60%)".
    /// </summary>
    public static string? LikeForLikeText(this Wording w, Comparison c, Func<string, string> theatreName)
    {
        if (c.LikeForLike is not { } like) return null;
        var text = w["Like for like, {0}: {1} → {2}", Wording.Publishers(like.A), w.Spanned(like.A), w.Spanned(like.B)];
        if (like.Change is { } change)
        {
            text += $" ({Display.Change(change)}{(like.PercentChange is { } pct ? $", {Display.Percent(pct)}" : "")})";
        }

        var members = like.ByMember;
        if (members.Count > 0)
        {
            text += Wording.Semicolon + string.Join(Wording.Comma, members.Select(m =>
                w["{0} {1} → {2}", theatreName(m.A.Theatre), Display.Value(m.A.Value), Display.Value(m.B.Value)]));
        }

        return w.RatesText(like, inSentence: true) is { } rates ? text + Wording.Semicolon + rates : text;
    }

    /// <summary>"Baseline for 2023: 121 (Associated Press), the default: the only value for the whole period."</summary>
    public static string? BaselineText(this Wording w, Comparison c)
    {
        if (c.BaselineCandidates.Count < 2) return null;
        var baseline = Wording.Sourced(c.Baseline);
        if (c.BaselineChosen) return w["Baseline for {0}: {1}, as chosen.", Display.Period(c.A.Period), baseline];
        var unmatched = c.BaselineChoice is { } choice ? " " + w["(“{0}” gives no value for {1})", choice, Display.Period(c.A.Period)] : "";
        var why = c.DefaultBaselineReason switch
        {
            BaselineReason.CoversWholePeriod => w["the only value for the whole period; the others cover part of it"],
            BaselineReason.MoreDirectSource => w["the most direct source"],
            BaselineReason.NewerSource => w["the newest of equally direct sources"],
            _ => w["the preferred source"],
        };
        return w["Baseline for {0}: {1}, the default: {2}.", Display.Period(c.A.Period), baseline, why] + unmatched;
    }

    /// <summary>"1.1 × the alternative baseline of 253 (…; 11 of 12 months), annualised: 253 × 12 ÷ 11 ≈ 276 a year".</summary>
    public static string RatioText(this Wording w, BaselineRatio ratio)
    {
        var times = Display.Derived(Display.Ratio(ratio.Ratio), ratio.Qualifier);
        return ratio.Annualised is { } pace
            ? w["{0} the alternative baseline of {1}, annualised: {2} ({3})", times, Wording.Sourced(ratio.Baseline), w.PaceFormula(pace), w.PaceText(pace)]
            : w["{0} the alternative baseline of {1}", times, Wording.Sourced(ratio.Baseline)];
    }

    /// <summary>The notes a comparison's B value carries in chart tables and CSV: why no change, and the like-for-like pair.</summary>
    public static IReadOnlyList<ChartNote> ComparisonNotes(this Wording w, Comparison c, Func<string, string> theatreName)
    {
        if (c.Comparable || c.Reason == ComparisonReason.NotReported) return [];
        var notes = new List<ChartNote> { new(w.NoChangeText(c), []) };
        if (w.LikeForLikeText(c, theatreName) is { } like)
        {
            notes.Add(new ChartNote(like, [.. c.LikeForLike!.A.Figures, .. c.LikeForLike.B.Figures]));
        }

        return notes;
    }
}
