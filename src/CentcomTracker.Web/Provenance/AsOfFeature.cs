namespace CentcomTracker.Web.Provenance;

/// <summary>What the request asked of the past: the snapshot shown, or why the <c>asof</c> given could not be used.</summary>
public sealed class AsOfFeature
{
    public AsOfSnapshot? Snapshot { get; init; }
    public Message? Problem { get; init; }

    /// <summary>The moment shown, or null for today's data.</summary>
    public AsOf? AsOf => Snapshot?.AsOf;
}
