namespace CentcomTracker.Web.Domain;

/// <summary>
/// Rebuilds what a table held at a past moment from its rows now and the audit entries recorded after that moment.
/// Only later changes are needed: a row with none is as it is now (if it existed then); a row with some was as the
/// first of them found it (its "before"), or did not exist when that first later change created it.
/// </summary>
public static class Rewind
{
    /// <param name="current">Rows now, by id, with whether each existed at the moment (created at or before it).</param>
    /// <param name="laterChanges">Changes after the moment, oldest first: the row's id and its state before the change (null when created).</param>
    public static IReadOnlyDictionary<int, T> StateAt<T>(
        IReadOnlyDictionary<int, (T Row, bool ExistedThen)> current, IEnumerable<(int Id, T? Before)> laterChanges)
        where T : class
    {
        var firstLater = new Dictionary<int, T?>();
        foreach (var (id, before) in laterChanges)
        {
            firstLater.TryAdd(id, before);
        }

        var state = new Dictionary<int, T>();
        foreach (var (id, (row, existed)) in current)
        {
            if (!firstLater.ContainsKey(id) && existed) state[id] = row;
        }

        foreach (var (id, before) in firstLater)
        {
            if (before is not null) state[id] = before;
        }

        return state;
    }
}
