namespace CentcomTracker.Web.Domain;

public static class DerivationCodes
{
    public static string Code(this Derivation how) => how switch
    {
        Derivation.Reported => "reported",
        Derivation.SummedOverTime => "summed-over-time",
        Derivation.SummedOverMembers => "summed-over-members",
        Derivation.Level => "level",
        _ => "not-reported",
    };

    public static string Code(this Agreement agreement) => agreement switch
    {
        Agreement.Matches => "matches",
        Agreement.Consistent => "consistent",
        _ => "differs",
    };
}
