using CentcomTracker.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CentcomTracker.Web.Charts;

/// <summary>
/// Builds the resolver over every figure, and resolves the default dashboard's values and every metric over the whole
/// span of the figures, as the app starts rather than when the first reader asks: at 100,000 figures that first build,
/// with its code still being compiled, takes over a second, and a century's first comparison another 1.3 s (its months'
/// sums, which every later question over any part of the span reuses; about 0.8 s more at start). Readiness
/// (<c>/health/ready</c>) waits for it, so a load balancer sends readers to a warm instance.
/// After every change it does the same again in the background — at once after a save through this instance, within a
/// second or two of a change made elsewhere or of a new day — so the first reader after an edit finds the figures
/// loaded and resolved (0.5–1.3 s of work at 100,000 figures) instead of waiting for them. A request that comes while
/// it loads waits for that load, as it would for its own. <c>Caching:WarmUp=false</c> turns both off; a request then
/// builds the resolver when it needs one. A warm-up that fails leaves the instance not ready until the figures load:
/// each readiness probe tries again, and so does the background, with growing pauses.
/// </summary>
public sealed class DashboardWarmUp(
    IServiceScopeFactory scopes, ResolverCache resolvers, DataVersionWatch watch, TimeProvider clock,
    IConfiguration configuration, ILogger<DashboardWarmUp> logger)
    : BackgroundService, IHealthCheck
{
    private readonly TaskCompletionSource<bool> warmed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<Resolver> rewarmed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile Resolver? latest;
    private volatile bool failed;

    /// <summary>Whether the warm-up at start loaded the figures: false when it is turned off or could not.</summary>
    public Task<bool> Warmed => warmed.Task;

    /// <summary>The resolver most recently built and resolved here, which the cache then held; null before the first.</summary>
    public Resolver? Latest => latest;

    /// <summary>Completes with the next resolver warmed after a change (a new data version or a new day).</summary>
    public Task<Resolver> Rewarmed => Volatile.Read(ref rewarmed).Task;

    /// <summary>The longest wait between two readings of the data version, whatever it is trusted for: a new day shows within it.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Caching:WarmUp", true))
        {
            warmed.TrySetResult(false);
            return;
        }

        await Task.Yield();  // the host goes on starting; this runs beside it
        var started = clock.GetTimestamp();
        var changed = watch.Forgotten;
        try
        {
            latest = await WarmAsync(null, stoppingToken);
            logger.LogInformation("Figures loaded and the default dashboard resolved in {Elapsed:0} ms", clock.GetElapsedTime(started).TotalMilliseconds);
            warmed.TrySetResult(true);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            warmed.TrySetCanceled(stoppingToken);
            return;
        }
        catch (Exception e)
        {
            // Not fatal: the first request builds the resolver itself. Until one is built, readiness says so.
            logger.LogWarning(e, "The figures could not be loaded ahead of the first request");
            failed = true;
            warmed.TrySetResult(false);
        }

        // Then again after each change. This instance's saves wake it at once; another instance's writes and a new day
        // are seen when it next reads the data version, as often as a request would (at least every second, at most
        // every minute). Reloads are spaced by at least the time the last one took (and a second), so a run of saves
        // costs at most half a processor, and the saves meanwhile are taken in by the next. A reload that fails is
        // tried again after 1, 2, 4… seconds up to a minute, whatever is saved meanwhile, and said once.
        var every = watch.TrustedFor < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1)
            : watch.TrustedFor > LongestWait ? LongestWait : watch.TrustedFor;
        var retry = failed ? TimeSpan.FromSeconds(1) : TimeSpan.Zero;
        var spacing = TimeSpan.Zero;
        var reloaded = clock.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // While reloads fail, a save does not cut the pause short: the next try takes it in anyway.
                await WaitAsync(retry > TimeSpan.Zero ? null : changed, retry > TimeSpan.Zero ? retry : every, stoppingToken);
                var since = clock.GetElapsedTime(reloaded);
                if (since < spacing) await Task.Delay(spacing - since, clock, stoppingToken);
                changed = watch.Forgotten;

                started = clock.GetTimestamp();
                var resolver = await WarmAsync(latest, stoppingToken);
                retry = TimeSpan.Zero;
                if (ReferenceEquals(resolver, latest)) continue;

                reloaded = clock.GetTimestamp();
                var took = clock.GetElapsedTime(started, reloaded);
                spacing = took > TimeSpan.FromSeconds(1) ? took : TimeSpan.FromSeconds(1);
                latest = resolver;
                failed = false;
                logger.LogInformation("Figures reloaded and resolved in {Elapsed:0} ms", took.TotalMilliseconds);
                Interlocked.Exchange(ref rewarmed, new TaskCompletionSource<Resolver>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(resolver);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The next request builds the resolver itself, as it would without this.
                if (retry == TimeSpan.Zero) logger.LogWarning(e, "The figures could not be reloaded; trying again with growing pauses");
                retry = retry == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : retry * 2 > LongestWait ? LongestWait : retry * 2;
            }
        }
    }

    /// <summary>Until this instance writes (<paramref name="changed"/>, unless null) or <paramref name="wait"/> has passed.</summary>
    private async Task WaitAsync(Task? changed, TimeSpan wait, CancellationToken stoppingToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = Task.Delay(wait, clock, wake.Token);
        await Task.WhenAny(changed ?? delay, delay);
        await wake.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
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
