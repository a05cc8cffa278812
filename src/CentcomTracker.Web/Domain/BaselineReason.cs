namespace CentcomTracker.Web.Domain;

/// <summary>Why a period's default baseline is the value it is, when other sources give others.</summary>
public enum BaselineReason
{
    /// <summary>The only value for the whole period; the others cover part of it (AP's 121 for all of 2023, BBC's January–November 253).</summary>
    CoversWholePeriod,

    /// <summary>A more direct source (the issuer's own words over a relay, a relay over an independent count).</summary>
    MoreDirectSource,

    /// <summary>Equally direct, but published later.</summary>
    NewerSource,

    /// <summary>The resolver's order of preference settled it (same tier, same date).</summary>
    Preferred,
}
