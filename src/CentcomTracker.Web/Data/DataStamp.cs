namespace CentcomTracker.Web.Data;

/// <summary>
/// The data as one reading saw it: the data version (raised by the database on every write, from anywhere) and the
/// latest numbered change (<see cref="Revision"/>; 0 before any), read in one statement so both describe one moment.
/// </summary>
public readonly record struct DataStamp(long Version, long Revision);
