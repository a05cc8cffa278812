using System.Text.RegularExpressions;

namespace CentcomTracker.Web.Domain.Extraction;

/// <summary>What a word says about the number near it.</summary>
internal enum Subject { None, Operations, Attacks, Leaders, Fighters, Detainees, CampPeople, People, Others, Prisoners, PartOfTotal }

internal enum Action { None, Killed, Captured }

/// <summary>A theatre named in the text ("in Iraq", "العراق وسوريا", "the al-Hol and Roj camps").</summary>
internal sealed record TheatreMention(int Start, int End, string Theatre);

/// <summary>
/// The words releases use, in English and normalised Arabic: qualifiers before a number, theatres, what is counted
/// (operations, attacks, leaders, fighters, detainees, camp residents, people) and what happened to them (killed,
/// captured). Arabic words are matched without a leading و, ف, ب or ل, and ال where nouns take it.
/// </summary>
internal static partial class Lexicon
{
    private static readonly (Regex Pattern, Qualifier Qualifier)[] QualifiersBefore =
    [
        (Before(@"more\s+than|over|above|in\s+excess\s+of|upwards\s+of|اكثر\s+من|ما\s+يزيد\s+(?:عن|علي)|ازيد\s+من|يزيد\s+(?:عن|علي)"), Qualifier.MoreThan),
        (Before(@"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|علي\s+الاقل|ما\s+لا\s+يقل\s+عن|لا\s+يقل\s+عن"), Qualifier.AtLeast),
        (Before(@"fewer\s+than|less\s+than|below|under|اقل\s+من|ما\s+يقل\s+عن"), Qualifier.LessThan),
        (Before(@"approximately|about|around|roughly|nearly|almost|some|an\s+estimated|close\s+to|up\s+to|as\s+many\s+as|نحو|حوالي|حوالى|قرابه|ما\s+يقارب|يقارب|زهاء|ما\s+يناهز|تقريبا"), Qualifier.About),
    ];

    private static readonly Regex AboutAfter = new(@"^\s*(?:\p{L}+\s+){0,3}?(?:تقريبا|or\s+so)(?![\p{L}])", RegexOptions.CultureInvariant);

    private static readonly Regex PercentAfter = new(@"^\s*(?:%|٪|percent|pct(?![\p{L}])|per\s+cent|في\s*الم[يئا]+ه|بالم[يئا]+ه)", RegexOptions.CultureInvariant);

    private static readonly Regex PeakBefore = new(@"(?:peak|high|record|height|ذروه|ذروته|اعلي\s+مستوي)\s+(?:of\s+)?(?:\p{L}+\s+){0,2}$", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"(?<![\p{L}])(?:iraq\s+and\s+syria|syria\s+and\s+iraq|[وبلف]?العراق\s+و\s*سوري[اه]|[وبلف]?سوري[اه]\s+و\s*العراق)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex IraqAndSyria();

    [GeneratedRegex(@"(?<![\p{L}])(?:syria|al[- ]?hol|al[- ]?roj|roj|[وبلف]?سوري[اه]|[وبلف]?الهول|[وبلف]?الروج|[وبلف]?روج)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex SyriaOrCamps();

    [GeneratedRegex(@"(?<![\p{L}])(?:iraq|[وبلف]?العراق)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex Iraq();

    private static Regex Before(string alternatives) =>
        new(@"(?<![\p{L}])(?:" + alternatives + @")\s*(?:a\s+total\s+of\s+)?$", RegexOptions.CultureInvariant);

    /// <summary>The qualifier written just before a number (or "تقريبا" just after), exact when none.</summary>
    public static Qualifier QualifierAround(string text, int start, int end)
    {
        var before = text[Math.Max(0, start - 40)..start];
        foreach (var (pattern, qualifier) in QualifiersBefore)
        {
            if (pattern.IsMatch(before)) return qualifier;
        }

        return AboutAfter.IsMatch(text[end..Math.Min(text.Length, end + 40)]) ? Qualifier.About : Qualifier.Exact;
    }

    public static bool IsPercentage(string text, int end) => PercentAfter.IsMatch(text.AsSpan()[end..Math.Min(text.Length, end + 20)]);

    /// <summary>"the peak of over 70,000": a record is not a level at the time of writing, and is never proposed as one.</summary>
    public static bool IsPeak(string text, int start) => PeakBefore.IsMatch(text[Math.Max(0, start - 40)..start]);

    public static List<TheatreMention> Theatres(string text)
    {
        var mentions = new List<TheatreMention>();
        foreach (var (pattern, code) in new[] { (IraqAndSyria(), DomainCodes.IraqAndSyria), (SyriaOrCamps(), DomainCodes.Syria), (Iraq(), DomainCodes.Iraq) })
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (!mentions.Any(m => m.Start < match.Index + match.Length && match.Index < m.End))
                {
                    mentions.Add(new TheatreMention(match.Index, match.Index + match.Length, code));
                }
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    private static readonly Dictionary<string, Subject> EnglishSubjects = new(StringComparer.Ordinal)
    {
        ["operation"] = Subject.Operations, ["operations"] = Subject.Operations, ["mission"] = Subject.Operations,
        ["missions"] = Subject.Operations, ["raid"] = Subject.Operations, ["raids"] = Subject.Operations,
        ["attack"] = Subject.Attacks, ["attacks"] = Subject.Attacks,
        ["leader"] = Subject.Leaders, ["leaders"] = Subject.Leaders,
        ["fighter"] = Subject.Fighters, ["fighters"] = Subject.Fighters,
        ["detainee"] = Subject.Detainees, ["detainees"] = Subject.Detainees, ["held"] = Subject.Detainees,
        ["prisoner"] = Subject.Prisoners, ["prisoners"] = Subject.Prisoners,
        ["residents"] = Subject.CampPeople,
        ["operative"] = Subject.People, ["operatives"] = Subject.People, ["member"] = Subject.People, ["members"] = Subject.People,
        ["militant"] = Subject.People, ["militants"] = Subject.People, ["extremist"] = Subject.People, ["extremists"] = Subject.People,
        ["terrorist"] = Subject.People, ["terrorists"] = Subject.People, ["suspect"] = Subject.People, ["suspects"] = Subject.People,
        ["people"] = Subject.People, ["persons"] = Subject.People, ["individuals"] = Subject.People, ["families"] = Subject.People,
        ["others"] = Subject.Others, ["other"] = Subject.Others,
        ["us-only"] = Subject.PartOfTotal, ["u.s.-only"] = Subject.PartOfTotal, ["unilateral"] = Subject.PartOfTotal,
    };

    private static readonly Dictionary<string, Action> EnglishActions = new(StringComparer.Ordinal)
    {
        ["killed"] = Action.Killed, ["killing"] = Action.Killed, ["kill"] = Action.Killed, ["kills"] = Action.Killed,
        ["eliminated"] = Action.Killed, ["eliminating"] = Action.Killed, ["eliminate"] = Action.Killed, ["dead"] = Action.Killed,
        ["neutralized"] = Action.Killed, ["neutralised"] = Action.Killed,
        ["detained"] = Action.Captured, ["detaining"] = Action.Captured, ["detain"] = Action.Captured, ["detains"] = Action.Captured,
        ["captured"] = Action.Captured, ["capturing"] = Action.Captured, ["capture"] = Action.Captured,
        ["apprehended"] = Action.Captured, ["apprehending"] = Action.Captured, ["apprehend"] = Action.Captured,
        ["arrested"] = Action.Captured, ["arresting"] = Action.Captured, ["arrest"] = Action.Captured,
    };

    // Nouns that name the act only when they come before the number: "the detention of 74 others" (but "detention facilities").
    private static readonly Dictionary<string, Action> EnglishActionsBefore = new(StringComparer.Ordinal)
    {
        ["detention"] = Action.Captured, ["capture"] = Action.Captured, ["arrest"] = Action.Captured, ["killing"] = Action.Killed, ["deaths"] = Action.Killed,
    };

    /// <summary>What the word names, if anything: the thing counted.</summary>
    public static Subject SubjectOf(string word)
    {
        if (EnglishSubjects.TryGetValue(word, out var subject)) return subject;
        foreach (var w in ArabicForms(word))
        {
            if (w.StartsWith("عملي", StringComparison.Ordinal) || w is "مهمه" or "مهام" or "غاره" or "غارات" || w.StartsWith("مداهم", StringComparison.Ordinal)) return Subject.Operations;
            if (w.StartsWith("هجوم", StringComparison.Ordinal) || w.StartsWith("هجمات", StringComparison.Ordinal)) return Subject.Attacks;
            if (w.StartsWith("قاده", StringComparison.Ordinal) || w.StartsWith("قائد", StringComparison.Ordinal) || w.StartsWith("قيادي", StringComparison.Ordinal)) return Subject.Leaders;
            if (w.StartsWith("مقاتل", StringComparison.Ordinal)) return Subject.Fighters;
            if (w.StartsWith("معتقل", StringComparison.Ordinal) || w.StartsWith("محتجز", StringComparison.Ordinal) || w.StartsWith("سجين", StringComparison.Ordinal) || w == "سجناء") return Subject.Detainees;
            if (w.StartsWith("اخرين", StringComparison.Ordinal) || w is "اخر" or "اخري") return Subject.Others;
            if (w.StartsWith("عنصر", StringComparison.Ordinal) || w.StartsWith("عناصر", StringComparison.Ordinal) || w is "فرد" or "افراد" or "شخص" or "اشخاص" or "اعضاء"
                || w.StartsWith("مسلح", StringComparison.Ordinal) || w.StartsWith("ارهابي", StringComparison.Ordinal) || w.StartsWith("متشدد", StringComparison.Ordinal)) return Subject.People;
        }

        return Subject.None;
    }

    /// <summary>What happened to the people counted, if the word says: killed, or detained and captured alike.</summary>
    public static Action ActionOf(string word, bool before = false)
    {
        if (EnglishActions.TryGetValue(word, out var action)) return action;
        if (before && EnglishActionsBefore.TryGetValue(word, out action)) return action;
        foreach (var w in ArabicForms(word))
        {
            if (w.Contains("قتل", StringComparison.Ordinal) || w is "تصفيه" or "القضاء") return Action.Killed;
            if (w.Contains("اعتق", StringComparison.Ordinal) || w is "اسر" or "اسرت" or "اسروا" or "القبض" || w.StartsWith("توقيف", StringComparison.Ordinal)) return Action.Captured;
        }

        return Action.None;
    }

    /// <summary>The metric a number counts, from what it counts and what happened to them; null when that says too little.</summary>
    public static string? MetricOf(Subject subject, Action action, bool camp) => subject switch
    {
        Subject.Operations => "operations",
        Subject.Attacks => "attacks-claimed",
        Subject.Prisoners => "detained",
        Subject.Leaders => action switch { Action.Killed => "leaders-killed", Action.Captured => "leaders-captured", _ => null },
        _ when action == Action.Killed => "killed",
        _ when action == Action.Captured => "detained",
        Subject.Fighters => "fighters-at-large",
        Subject.Detainees => "detainees-held",
        Subject.CampPeople => "camp-population",
        Subject.People when camp => "camp-population",
        _ => null,
    };

    /// <summary>"holds", "held": the people counted are in custody.</summary>
    public static bool IsHolding(string word) => word is "holds" or "held" or "holding" or "hold" or "houses" or "تحتجز" or "يحتجز";

    /// <summary>Whether the word names a camp, which makes "individuals" its residents.</summary>
    public static bool IsCamp(string word) =>
        word is "camp" or "camps" or "al-hol" or "hol" or "roj" or "al-roj" || ArabicForms(word).Any(w => w.StartsWith("مخيم", StringComparison.Ordinal) || w is "الهول" or "الروج");

    /// <summary>"take out one extremist": the two-word verb for killing.</summary>
    public static bool IsTakeOut(string previous, string word) => word == "out" && previous is "take" or "took" or "taken" or "taking" or "takes";

    /// <summary>Words that may stand between a number and what describes it without changing anything.</summary>
    public static bool IsFiller(string word) => word is "a" or "the" or "total" or "of" or "more" or "than" or "over" or "at" or "least"
        or "approximately" or "about" or "around" or "nearly" or "some" or "almost" or "roughly" or "fewer" or "less" or "below" or "under"
        or "في" or "من" or "اكثر" or "نحو" or "حوالي" or "قرابه" or "ما" or "يقارب" or "علي" or "الاقل" or "زهاء";

    private static IEnumerable<string> ArabicForms(string word)
    {
        if (word.Length == 0 || word[0] < '\u0600' || word[0] > '\u06FF') yield break;
        yield return word;
        var rest = word;
        if (rest.Length > 3 && rest[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك')
        {
            rest = rest[1..];
            yield return rest;
        }

        if (rest.Length > 4 && rest.StartsWith("ال", StringComparison.Ordinal)) yield return rest[2..];
        if (rest.Length > 4 && rest.StartsWith("لل", StringComparison.Ordinal)) yield return rest[2..];
    }
}
