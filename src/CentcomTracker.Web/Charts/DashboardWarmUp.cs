using System.Diagnostics;
using CentcomTracker.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CentcomTracker.Web.Charts;

/// <summary>
/// Builds the resolver over every figure, and resolves the default dashboard's values and every metric over the whole
/// span of the figures, as the app starts rather than when the first reader asks: at 100,000 figures that first build,
/// with its code still being compiled, takes over a second, and a century's first comparison another 1.3 s (its months'
/// sums, which every later question over any part of the span reuses; about 0.8 s more at start). Readiness
/// (<c>/health/ready</c>) waits for it, so a load balancer sends readers to a warm instance.
/// After every change it does the same again in the background: at once after a save through this instance, and within
/// <c>Caching:DataVersionSeconds</c> (at least a second) of a change made elsewhere or of a new day, so the first reader
/// after an edit finds the new resolver built and warm rather than paying for it (0.4–0.5 s to build at 100,000
/// figures, and 0.4–0.7 s more for a century's comparison). A request that comes while it builds waits for that build,
/// as it would for its own. <c>Caching:WarmUp=false</c> turns both off; a request then builds the resolver when it
/// needs one. A warm-up that fails leaves the instance not ready until the figures load: each readiness probe tries
/// again.
/// </summary>
public sealed class DashboardWarmUp(
    IServiceScopeFactory scopes, ResolverCache resolvers, DataVersionWatch watch, TimeProvider clock,
    IConfiguration configuration, ILogger<DashboardWarmUp> logger)
    : BackgroundService, IHealthCheck
{
    private readonly TaskCompletionSource<Resolver?> warmed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<Resolver> rewarmed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool failed;

    /// <summary>The resolver the warm-up built and left in the cache; null when it is turned off or could not run.</summary>
    public Task<Resolver?> Warmed => warmed.Task;

    /// <summary>Completes with the next resolver warmed after a change (a new data version or a new day).</summary>
    public Task<Resolver> Rewarmed => Volatile.Read(ref rewarmed).Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Caching:WarmUp", true))
        {
            warmed.TrySetResult(null);
            return;
        }

        await Task.Yield();  // the host goes on starting; this runs beside it
        var started = Stopwatch.GetTimestamp();
        var changed = watch.Forgotten;
        Resolver? last = null;
        try
        {
            last = await WarmAsync(null, stoppingToken);
            logger.LogInformation("Figures loaded and the default dashboard resolved in {Elapsed:0} ms", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            warmed.TrySetResult(last);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            warmed.TrySetCanceled(stoppingToken);
            return;
        }
        catch (Exception e)
        {
            // Not fatal: the first request builds the resolver itself. Until one is built, readiness says so.
            logger.LogWarning(e, "The figures could not be loaded ahead of the first request");
            failed = true;
            warmed.TrySetResult(null);
        }

        // Then again after each change: this instance's saves wake it at once; another instance's writes (and a new
        // day) are seen when the data version is next read, which it does as often as a request would.
        var every = watch.TrustedFor < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : watch.TrustedFor;
        var failing = failed;
        while (!stoppingToken.IsCancellationRequested)
        {
            using (var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                await Task.WhenAny(changed, Task.Delay(every, clock, wake.Token));
                await wake.CancelAsync();
            }

            changed = watch.Forgotten;
            try
            {
                started = Stopwatch.GetTimestamp();
                var resolver = await WarmAsync(last, stoppingToken);
                failing = false;
                if (ReferenceEquals(resolver, last)) continue;
                last = resolver;
                failed = false;
                logger.LogInformation("Figures reloaded after a change and resolved in {Elapsed:0} ms", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Exchange(ref rewarmed, new TaskCompletionSource<Resolver>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(resolver);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The next request builds the resolver itself, as it would without this. Said once, not every second.
                if (!failing) logger.LogWarning(e, "The figures could not be reloaded after a change");
                failing = true;
            }
        }
    }

    /// <summary>The current resolver, with the default dashboard and every metric over the span resolved, unless it is <paramref name="done"/>.</summary>
    private async Task<Resolver> WarmAsync(Resolver? done, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var resolver = await resolvers.GetAsync(scope.ServiceProvider.GetRequiredService<TrackerDbContext>(), stoppingToken);
        if (ReferenceEquals(resolver, done)) return resolver;

        var query = DashboardQuery.Default;
        foreach (var metric in resolver.Metrics)
        {
            stoppingToken.ThrowIfCancellationRequested();
            foreach (var theatre in resolver.Theatres)
            {
                resolver.Resolve(metric.Code, theatre.Code, query.A);
                resolver.Resolve(metric.Code, theatre.Code, query.B);
                if (resolver.Span is { } span) resolver.Resolve(metric.Code, theatre.Code, span);
            }
        }

        return resolver;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!warmed.Task.IsCompleted) return HealthCheckResult.Unhealthy("The figures are still loading.");
        if (!failed) return HealthCheckResult.Healthy();

        // The warm-up failed (a database not yet reachable, say): a load balancer should not send readers here until the
        // figures load, so each probe tries again; the cache keeps what a probe or a reader builds.
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await resolvers.GetAsync(scope.ServiceProvider.GetRequiredService<TrackerDbContext>(), cancellationToken);
            failed = false;
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The figures could not be loaded.", e);
        }
    }
}
