namespace CentcomTracker.Web.Domain;

/// <summary>
/// A whole and one of its parts for the same metric and period that cannot both be right: Iraq and Syria's 121
/// attacks in 2023 (AP) against Iraq's 141 (BBC Monitoring), or a sub-camp larger than the camps it belongs to.
/// A partial part is a lower bound, so it still counts; a partial whole bounds nothing from above, so it never does.
/// </summary>
public sealed record PartWhole(Resolution Whole, Resolution Part)
{
    public static PartWhole? Check(Resolution whole, Resolution part)
    {
        if (whole.Value is not { } w || part.Value is not { } p || whole.IsPeak || part.IsPeak) return null;
        var wholeHigh = whole.IsPartial ? long.MaxValue : Reconciliation.Bounds(w).High;
        var partLow = Reconciliation.Bounds(p).Low;
        return wholeHigh < partLow ? new PartWhole(whole, part) : null;
    }
}
