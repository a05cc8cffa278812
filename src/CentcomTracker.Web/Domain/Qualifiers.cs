namespace CentcomTracker.Web.Domain;

public static class Qualifiers
{
    /// <summary>The qualifiers a source can give and an editor can enter; <see cref="Qualifier.AtMost"/> is only derived.</summary>
    public static readonly IReadOnlyList<Qualifier> All =
        [Qualifier.Exact, Qualifier.About, Qualifier.MoreThan, Qualifier.AtLeast, Qualifier.LessThan];

    /// <summary>The stable code used in URLs, the API and CSV.</summary>
    public static string Code(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.About => "about",
        Qualifier.MoreThan => "more-than",
        Qualifier.AtLeast => "at-least",
        Qualifier.LessThan => "less-than",
        Qualifier.AtMost => "at-most",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier)),
    };

    public static bool TryParse(string? code, out Qualifier qualifier)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                qualifier = candidate;
                return true;
            }
        }

        qualifier = Qualifier.Exact;
        return false;
    }

    public static Qualifier Parse(string code) =>
        TryParse(code, out var q) ? q : throw new FormatException(
            $"\"{code}\" is not a qualifier: use {string.Join(", ", All.Select(a => a.Code()))}.");

    /// <summary>
    /// The qualifier of a sum of two qualified numbers. Exact adds nothing; "about" makes the sum approximate;
    /// lower bounds stay lower bounds (strict if either is strict: more than 9,000 plus at least 10 is more
    /// than 9,010); upper bounds likewise ("less than" if either is strict). A lower bound plus an upper bound
    /// bounds nothing, so it is "about".
    /// </summary>
    public static Qualifier Plus(this Qualifier a, Qualifier b)
    {
        if (a == b) return a;
        if (a == Qualifier.Exact) return b;
        if (b == Qualifier.Exact) return a;
        if (a == Qualifier.About || b == Qualifier.About) return Qualifier.About;
        if (IsLowerBound(a) && IsLowerBound(b)) return Qualifier.MoreThan;
        if (IsUpperBound(a) && IsUpperBound(b)) return Qualifier.LessThan;
        return Qualifier.About;
    }

    /// <summary>
    /// The qualifier of −x, used for differences and ratios (a larger denominator makes a smaller ratio): a lower
    /// bound becomes an upper bound, "at least" becomes "at most".
    /// </summary>
    public static Qualifier Negated(this Qualifier q) => q switch
    {
        Qualifier.MoreThan => Qualifier.LessThan,
        Qualifier.LessThan => Qualifier.MoreThan,
        Qualifier.AtLeast => Qualifier.AtMost,
        Qualifier.AtMost => Qualifier.AtLeast,
        _ => q,
    };

    /// <summary>
    /// The qualifier of a sum that leaves part of its period uncovered: what is missing can only add, so an exact
    /// or "at least" sum is "at least"; "more than" stays; "about" stays about; an upper bound no longer bounds anything.
    /// </summary>
    public static Qualifier Partial(this Qualifier q) => q switch
    {
        Qualifier.Exact or Qualifier.AtLeast => Qualifier.AtLeast,
        Qualifier.MoreThan => Qualifier.MoreThan,
        _ => Qualifier.About,
    };

    /// <summary>
    /// Qualifier of b − a, and of b ÷ a for positive numbers; null when the qualifiers leave it undetermined. Two
    /// bounds on the same side bound nothing about their difference: "more than 45,000" then "more than 43,000"
    /// may be a fall of thousands or a rise of thousands, so even "about −2,000" would claim what is not known.
    /// </summary>
    public static Qualifier? Versus(this Qualifier b, Qualifier a) => BoundSameSide(b, a) ? null : b.Plus(a.Negated());

    /// <summary>Both lower bounds ("more than", "at least"), or both upper bounds ("less than", "at most").</summary>
    public static bool BoundSameSide(Qualifier b, Qualifier a) =>
        (IsLowerBound(b) && IsLowerBound(a)) || (IsUpperBound(b) && IsUpperBound(a));

    /// <summary>A lower bound: the true number is above (or at) the one given.</summary>
    public static bool IsLowerBound(this Qualifier q) => q is Qualifier.MoreThan or Qualifier.AtLeast;

    /// <summary>An upper bound: the true number is below (or at) the one given.</summary>
    public static bool IsUpperBound(this Qualifier q) => q is Qualifier.LessThan or Qualifier.AtMost;
}
