namespace CentcomTracker.Web.Charts;

/// <summary>
/// The sentences the dashboard writes about resolved values (notes on other sources, reconciliations, paces),
/// in the current language. Shared by the cards, the charts and the CSV downloads so they word things alike.
/// </summary>
public sealed class Wording(IStringLocalizer<ChartText> localizer)
{
    public string this[string english] => localizer[english];

    public string this[string english, params object[] arguments] => localizer[english, arguments];

    /// <summary>A sentence whose words follow a count (see <see cref="Plurals"/>).</summary>
    public string Plural(long count, string one, string other, params object[] arguments) => localizer.Plural(count, one, other, arguments);

    /// <summary>" (unofficial)" when the value rests on an independent, unofficial or tallied source.</summary>
    public string UnofficialSuffix(Resolution r) =>
        r.HasValue && r.WeakestTier == SourceTier.Secondary ? " (" + this["unofficial"] + ")" : "";

    /// <summary>"more than 9,000", "93 (7 of 12 months)", "not reported".</summary>
    public static string ValueText(Resolution r) =>
        r.IsPartial ? $"{Display.Value(r.Value)} ({Display.Coverage(r.Coverage!)})" : Display.Value(r.Value);

    /// <summary>"Atlas News, citing BBC Monitoring": publishers' names are written in their own language, so isolated in Arabic text.</summary>
    public static string Publishers(Resolution r) => string.Join(" + ", r.Sources.Select(s => Display.Isolate(s.PublisherName())));

    /// <summary>", " or the Arabic "، " between items of a list.</summary>
    public static string Comma => Culture.IsArabic ? "، " : ", ";

    /// <summary>"; " or the Arabic "؛ " between clauses.</summary>
    public static string Semicolon => Culture.IsArabic ? "؛ " : "; ";

    /// <summary>"121, unofficial": a value with the caveat of its source, for use inside parentheses.</summary>
    public string ValueWithCaveat(Resolution r) =>
        r.HasValue && r.WeakestTier == SourceTier.Secondary ? $"{ValueText(r)}{Comma}{this["unofficial"]}" : ValueText(r);

    /// <summary>"253 (Atlas News, citing BBC Monitoring; 11 of 12 months)": a value named by its source.</summary>
    public static string Sourced(Resolution r) => r.IsPartial
        ? $"{Display.Value(r.Value)} ({Publishers(r)}{Semicolon}{Display.Coverage(r.Coverage!)})"
        : $"{Display.Value(r.Value)} ({Publishers(r)})";

    /// <summary>How another source's value stands against the one used (partial sums are lower bounds, so the qualifiers decide).</summary>
    public Agreement AgreementWith(Resolution main, Resolution alternative) =>
        main.Value is { } a && alternative.Value is { } b ? Reconciliation.Agree(a, b) : Agreement.Differs;

    /// <summary>The word for a relation, the same on every page and in both languages.</summary>
    public string RelationLabel(Relation relation) => relation switch
    {
        Relation.Repeats => this["repeats"],
        Relation.Agrees => this["agrees"],
        Relation.DiffersInPrecision => this["differs in precision"],
        _ => this["conflicts"],
    };

    /// <summary>
    /// What another source says, by its relation to the value used; a value the app summed from a source's parts says
    /// so ("computed from the article's figures: 137 + 59 = 196") and never credits the source with the total.
    /// </summary>
    public ChartNote AlternativeNote(Resolution main, Resolution alternative)
    {
        var relation = Relations.Of(main, alternative);
        var parts = string.Join(" + ", Leaves(alternative).Select(p => Display.Value(p.Value)));
        var text = alternative.IsComputed
            ? relation == Relation.Conflicts
                ? this["conflicting: {0}'s figures add up to {1} = {2}", Publishers(alternative), parts, ValueText(alternative)]
                : this["computed from {0}'s figures: {1} = {2}", Publishers(alternative), parts, ValueText(alternative)]
            : relation switch
            {
                Relation.Repeats => this["repeated by {0}: {1}", Publishers(alternative), ValueText(alternative)],
                Relation.Agrees => this["agrees: {0} gives {1}", Publishers(alternative), ValueText(alternative)],
                Relation.DiffersInPrecision => this["{0} gives {1}: less precise, consistent", Publishers(alternative), ValueText(alternative)],
                _ => this["conflicting: {0} gives {1}", Publishers(alternative), ValueText(alternative)],
            };
        return new ChartNote(text, alternative.Figures);
    }

    /// <summary>The reported values a sum rests on, through sums of sums: BBC Monitoring's 141 + 112.</summary>
    private static IEnumerable<Resolution> Leaves(Resolution r) => r.Parts.Count == 0 ? [r] : r.Parts.SelectMany(Leaves);

    /// <summary>"carried forward from 29 December 2022": a level standing for a later period.</summary>
    public string CarriedForward(Resolution r) => this["carried forward from {0}", Display.Period(r.AsOf!.Value)];

    /// <summary>"last known: more than 20,000 as of 29 December 2022", or "peak: more than 70,000 in 2019".</summary>
    public string LastKnownText(Resolution last) => last.IsPeak
        ? this["peak: {0} in {1}", Display.Value(last.Value), Display.Period(last.AsOf!.Value)]
        : this["last known: {0} as of {1}", Display.Value(last.Value), Display.Period(last.AsOf!.Value)];

    /// <summary>
    /// "inconsistent sources: Iraq and Syria 121 (AP) is less than its part Iraq at least 141 (BBC Monitoring)", or
    /// "two accounts: Iraq 37 (Task &amp; Purpose) is from a source that gives Iraq and Syria as 44, not 37 (Kurdistan24)".
    /// </summary>
    public string InconsistencyText(PartWhole flag, Func<string, string> theatreName) => flag.Kind switch
    {
        PartWholeKind.PartOfAnotherWhole => this["two accounts: {0} {1} is from a source that gives {2} as {3}, not {4}",
            theatreName(flag.Part.Theatre), Sourced(flag.Part), theatreName(flag.Whole.Theatre), Display.Value(flag.PartSourceWhole!.Value), Sourced(flag.Whole)],
        _ => this["inconsistent sources: {0} {1} is less than its part {2} {3}",
            theatreName(flag.Whole.Theatre), Sourced(flag.Whole), theatreName(flag.Part.Theatre), Sourced(flag.Part)],
    };

    /// <summary>Notes that travel with a value: a level carried forward or only last known, what other sources say, inconsistencies.</summary>
    public IReadOnlyList<ChartNote> NotesFor(Resolution r, Func<string, string>? theatreName = null)
    {
        var notes = new List<ChartNote>();
        if (r.IsStale)
        {
            notes.Add(new ChartNote(CarriedForward(r), []));
        }

        if (r.LastKnown is { } last)
        {
            notes.Add(new ChartNote(LastKnownText(last), last.Figures));
        }

        notes.AddRange(r.Alternatives.Select(alt => AlternativeNote(r, alt)));
        notes.AddRange(r.Inconsistencies.Select(flag =>
            new ChartNote(InconsistencyText(flag, theatreName ?? (code => code)), [.. flag.Named.SelectMany(named => named.Figures)])));
        return notes;
    }

    /// <summary>"6 months", "68 days": what an annualised pace was scaled from.</summary>
    public static string PaceBasis(Pace pace) => pace.Months is { } months ? Display.Months(months) : Display.Days(pace.Days);

    /// <summary>"153 × 12 ÷ 6": the inputs of a pace.</summary>
    public string PaceFormula(Pace pace) => pace.Months is { } months
        ? $"{Display.Number(pace.Value.Value)} × {Display.Plain(12)} ÷ {Display.Number(months)}"
        : $"{Display.Number(pace.Value.Value)} × {Display.Number(365.25m, 2)} ÷ {Display.Number(pace.Days)}";

    /// <summary>"≈ 306 a year": a pace is a projection, not a count, so its qualifier is never exact (<see cref="Pace.Qualifier"/>).</summary>
    public string PaceText(Pace pace) => this["{0} a year", Display.Derived(Display.Number(pace.PerYear, 0), pace.Qualifier)];

    /// <summary>
    /// A reported total set against the sum of its parts: "reported 196 = Iraq 137 + Syria 59 ✓",
    /// "reported 279 vs monthly sum 269: differs by 10".
    /// </summary>
    public string ReconciliationText(Reconciliation rec, Func<string, string> theatreName)
    {
        var parts = rec.Kind == Derivation.SummedOverMembers
            ? string.Join(" + ", rec.Sum.Parts.Select(p => $"{theatreName(p.Theatre)} {Display.Value(p.Value)}"))
            : null;
        var sumName = rec.Sum.Parts.All(p => p.Period.Kind == PeriodKind.Month) ? this["monthly sum"]
            : rec.Sum.Parts.All(p => p.Period.Kind == PeriodKind.Quarter) ? this["quarterly sum"]
            : rec.Sum.Parts.Count == 1 ? this["sum for {0}", Display.Period(rec.Sum.Parts[0].Period)]
            : Plural(rec.Sum.Parts.Count, "sum of {0} period", "sum of {0} periods", Display.Number(rec.Sum.Parts.Count));
        var reported = Display.Value(rec.Reported);
        // A partial sum says how many parts of how many it has: "at least 72 (6 of 7 months)".
        var sum = ValueText(rec.Sum);
        // "differs by at least 132": the size of the difference keeps what the qualifiers allow.
        var gap = rec.Gap is { } g ? Display.Value(g) : Display.Number(Math.Abs(rec.Difference));
        return (rec.Agreement, parts) switch
        {
            (Agreement.Matches, not null) => this["reported {0} = {1} ✓", reported, parts],
            (Agreement.Consistent, not null) => this["reported {0}; {1} = {2}: consistent", reported, parts, sum],
            (_, not null) => this["reported {0}; {1} = {2}: differs by {3}", reported, parts, sum, gap],
            (Agreement.Matches, null) => this["reported {0} = {1} {2} ✓", reported, sumName, sum],
            (Agreement.Consistent, null) => this["reported {0} vs {1} {2}: consistent", reported, sumName, sum],
            _ => this["reported {0} vs {1} {2}: differs by {3}", reported, sumName, sum, gap],
        };
    }
}
