namespace CentcomTracker.Web.Domain;

public static class Relations
{
    public static string Code(this Relation relation) => relation switch
    {
        Relation.Repeats => "repeats",
        Relation.Agrees => "agrees",
        Relation.DiffersInPrecision => "differs-in-precision",
        _ => "conflicts",
    };

    /// <summary>
    /// A relay (a news report of an official release) set against the issuer's own words repeats them when the
    /// numbers are the same, and differs only in precision when it rounded or dropped the qualifier.
    /// Anything else agrees when the qualified values leave room for each other, and conflicts when they do not.
    /// </summary>
    public static Relation Of(Resolution main, Resolution alternative)
    {
        if (main.Value is not { } a || alternative.Value is not { } b) return Relation.Conflicts;
        var relay = alternative.Figures.Count > 0 && alternative.WeakestTier == SourceTier.Relay && main.WeakestTier == SourceTier.Primary;
        if (a == b) return relay ? Relation.Repeats : Relation.Agrees;
        if (SameNumberLessPrecise(a, b)) return relay ? Relation.DiffersInPrecision : Relation.Agrees;
        return Reconciliation.Agree(a, b) == Agreement.Differs ? Relation.Conflicts : relay ? Relation.DiffersInPrecision : Relation.Agrees;
    }

    /// <summary>The same number without its qualifier, or the number rounded to the relay's trailing zeros (43,217 → 43,000).</summary>
    private static bool SameNumberLessPrecise(QualifiedValue precise, QualifiedValue relayed)
    {
        if (precise.Value == relayed.Value) return true;
        if (relayed.Value <= 0) return false;
        long scale = 1;
        while (relayed.Value % (scale * 10) == 0) scale *= 10;
        return scale > 1 && Math.Round((decimal)precise.Value / scale, MidpointRounding.AwayFromZero) * scale == relayed.Value;
    }
}
