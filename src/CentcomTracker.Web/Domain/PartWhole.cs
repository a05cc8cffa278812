namespace CentcomTracker.Web.Domain;

/// <summary>
/// A whole and one of its parts for the same metric and period that do not belong together.
/// <see cref="PartWholeKind.WholeSmallerThanPart"/>: they cannot both be right, as Iraq and Syria's 121 attacks in 2023
/// (AP) against Iraq's 141 (BBC Monitoring), or a sub-camp larger than the camps it belongs to. A partial part is a
/// lower bound, so it still counts; a partial whole bounds nothing from above, so it never does.
/// <see cref="PartWholeKind.PartOfAnotherWhole"/>: the part is one source's and the whole another's, and the part's
/// own source gives the whole differently (<see cref="PartSourceWhole"/>), so the two shown side by side mix two
/// accounts: June 2023's Iraq 37 (Task &amp; Purpose, whose Iraq and Syria is 44) under Kurdistan24's Iraq and Syria 37,
/// which leaves nothing for Syria on one account and 7 on the other.
/// </summary>
public sealed record PartWhole(Resolution Whole, Resolution Part)
{
    public PartWholeKind Kind { get; init; } = PartWholeKind.WholeSmallerThanPart;

    /// <summary>For <see cref="PartWholeKind.PartOfAnotherWhole"/>: the whole as the part's own source reports it.</summary>
    public Resolution? PartSourceWhole { get; init; }

    /// <summary>The values in the order the note names them, so that its footnotes follow its words.</summary>
    public IReadOnlyList<Resolution> Named => PartSourceWhole is { } other ? [Part, other, Whole] : [Whole, Part];

    public static PartWhole? Check(Resolution whole, Resolution part)
    {
        if (whole.Value is not { } w || part.Value is not { } p || whole.IsPeak || part.IsPeak) return null;
        var wholeHigh = whole.IsPartial ? long.MaxValue : Reconciliation.Bounds(w).High;
        var partLow = Reconciliation.Bounds(p).Low;
        return wholeHigh < partLow ? new PartWhole(whole, part) : null;
    }

    /// <summary>
    /// A part reported by one source under a whole reported by others, when the part's source reports the whole too,
    /// for the same period (and, for a level, the same day), and the two wholes conflict. Only figures as printed count:
    /// a sum the app computed mixes sources by design and says so in its own notes.
    /// </summary>
    public static PartWhole? CheckAccounts(Resolution whole, Resolution part, Resolution partSourceWhole)
    {
        if (whole.Value is null || part.Value is null || partSourceWhole.Value is null) return null;
        if (whole.IsPeak || part.IsPeak || partSourceWhole.IsPeak) return null;
        if (!AsPrinted(whole) || !AsPrinted(part) || !AsPrinted(partSourceWhole)) return null;
        if (whole.AsOf != part.AsOf || partSourceWhole.AsOf != whole.AsOf) return null;
        if (part.Sources is not [var source] || partSourceWhole.Sources is not [var same] || same.Id != source.Id) return null;
        if (whole.Sources.Any(s => s.Id == source.Id)) return null;
        return Relations.Of(whole, partSourceWhole) == Relation.Conflicts
            ? new PartWhole(whole, part) { Kind = PartWholeKind.PartOfAnotherWhole, PartSourceWhole = partSourceWhole }
            : null;
    }

    private static bool AsPrinted(Resolution r) => r.How is Derivation.Reported or Derivation.Level && !r.IsStale;
}

/// <summary>How a part and a whole fail to belong together (<see cref="PartWhole"/>).</summary>
public enum PartWholeKind { WholeSmallerThanPart, PartOfAnotherWhole }

public static class PartWholeKinds
{
    public static string Code(this PartWholeKind kind) => kind switch
    {
        PartWholeKind.PartOfAnotherWhole => "part-of-another-whole",
        _ => "whole-smaller-than-part",
    };
}
