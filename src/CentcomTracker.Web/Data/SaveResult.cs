namespace CentcomTracker.Web.Data;

/// <summary>How a save ended: written, refused because the row changed or vanished meanwhile, or refused by a unique key.</summary>
public sealed record SaveResult
{
    public static readonly SaveResult Saved = new();
    public static readonly SaveResult ChangedMeanwhile = new() { Conflict = true };

    public bool Conflict { get; private init; }

    /// <summary>The unique key that refused the row, as a field error (field names as in <see cref="InputRules"/>).</summary>
    public FieldError? Duplicate { get; private init; }

    public bool Ok => !Conflict && Duplicate is null;

    public static SaveResult DuplicateOf(FieldError error) => new() { Duplicate = error };
}
