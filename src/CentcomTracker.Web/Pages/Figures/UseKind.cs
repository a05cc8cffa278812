namespace CentcomTracker.Web.Pages.Figures;

public enum UseKind
{
    /// <summary>The value shown for its own metric, theatre and period (or, for a level, the latest known).</summary>
    Shown,
    /// <summary>One of the parts of a sum shown for a longer period or a combined theatre.</summary>
    PartOfSum,
    /// <summary>Shown beside another source's value for the same period.</summary>
    Alternative,
    /// <summary>A reported total checked against the sum of its parts (this figure being the total).</summary>
    ReconciledTotal,
    /// <summary>A part of the sum a reported total is checked against.</summary>
    PartOfReconciliation,
}
