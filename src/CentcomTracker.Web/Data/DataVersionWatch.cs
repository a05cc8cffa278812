namespace CentcomTracker.Web.Data;

/// <summary>
/// The data version, with the latest numbered change it includes (<see cref="DataStamp"/>), as this instance last read
/// it, trusted for <c>Caching:DataVersionSeconds</c> (default 1): an anonymous read (its ETag and output-cache key)
/// costs no query while the data stands still. A save or commit through this app forgets it at once
/// (<see cref="DataVersionSaves"/>); a write by another instance or by hand in SQL shows within that time. 0 reads the
/// database on every request.
/// </summary>
public sealed class DataVersionWatch(TimeProvider clock, IConfiguration configuration)
{
    private readonly TimeSpan trustedFor = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Caching:DataVersionSeconds", 1.0)));
    private Reading? last;
    private long generation;
    private TaskCompletionSource forgotten = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed record Reading(DataStamp Stamp, long At, long Generation);

    public async ValueTask<long> CurrentAsync(TrackerDbContext db, CancellationToken cancellationToken) =>
        (await StampAsync(db, cancellationToken)).Version;

    /// <summary>The data version with the latest numbered change it includes, read together and trusted together.</summary>
    public async ValueTask<DataStamp> StampAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        var seen = Volatile.Read(ref last);
        var now = clock.GetTimestamp();
        var current = Interlocked.Read(ref generation);
        if (seen is not null && seen.Generation == current && clock.GetElapsedTime(seen.At, now) < trustedFor)
        {
            return seen.Stamp;
        }

        var stamp = await db.DataStampAsync(cancellationToken);
        // A save that committed while this query ran has moved the generation on: its reading is not kept.
        if (trustedFor > TimeSpan.Zero && Interlocked.Read(ref generation) == current)
        {
            Volatile.Write(ref last, new Reading(stamp, now, current));
        }

        return stamp;
    }

    /// <summary>How long a reading is trusted: a change made elsewhere shows within it.</summary>
    public TimeSpan TrustedFor => trustedFor;

    /// <summary>Completes at the next <see cref="Forget"/>: when this app next writes.</summary>
    public Task Forgotten => Volatile.Read(ref forgotten).Task;

    /// <summary>The data changed through this app: the next read asks the database.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref generation);
        Volatile.Write(ref last, null);
        Interlocked.Exchange(ref forgotten, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
