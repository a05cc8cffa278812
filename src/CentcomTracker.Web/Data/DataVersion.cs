namespace CentcomTracker.Web.Data;

/// <summary>
/// One row whose number the database itself raises (by triggers, see the DataVersion migration) whenever a figure,
/// source, metric or theatre is inserted, changed or deleted — by this app, another instance or a hand-written SQL fix.
/// Caches compare it instead of trusting clocks or row counts.
/// </summary>
public sealed class DataVersion
{
    public int Id { get; set; }
    public long Version { get; set; }
}
