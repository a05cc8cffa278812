namespace CentcomTracker.Web.Data;

/// <summary>
/// How a save ended: written, refused because the row changed or vanished meanwhile, refused by a unique key, or
/// refused because it would leave a figure reporting a period begun after its source's date.
/// </summary>
public sealed record SaveResult
{
    public static readonly SaveResult Saved = new();
    public static readonly SaveResult ChangedMeanwhile = new() { Conflict = true };

    public bool Conflict { get; private init; }

    /// <summary>The unique key that refused the row, as a field error (field names as in <see cref="InputRules"/>).</summary>
    public FieldError? Duplicate { get; private init; }

    /// <summary>The figure the save would leave reporting a period that begins after its source's date, as the data stands at the save.</summary>
    public PublicationBreach? Breach { get; private init; }

    public bool Ok => !Conflict && Duplicate is null && Breach is null;

    public static SaveResult DuplicateOf(FieldError error) => new() { Duplicate = error };

    public static SaveResult Breaching(PublicationBreach breach) => new() { Breach = breach };
}
