namespace CentcomTracker.Web.Data;

/// <summary>
/// The resolver over every figure; values resolved for one page are ready for the next. A new day also starts
/// afresh, since levels are not reported for periods after today.
/// </summary>
public sealed class ResolverCache(TimeProvider clock, DataVersionWatch watch) : VersionedCache<Resolver>(watch)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    protected override string Stamp(long version) => $"{version}@{Today.DayNumber}";

    protected override Task<Resolver> LoadAsync(TrackerDbContext db, CancellationToken cancellationToken) =>
        db.LoadResolverAsync(Today, cancellationToken);

    /// <summary>A past moment has its own resolver, built once with its snapshot.</summary>
    protected override Task<Resolver> FromSnapshotAsync(AsOfSnapshot snapshot, TrackerDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult(snapshot.Resolver);
}
