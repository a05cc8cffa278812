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
/// <c>Caching:WarmUp=false</c> turns it off; the first request then builds the resolver, as after any change. A warm-up
/// that fails leaves the instance not ready until the figures load: each readiness probe tries again.
/// </summary>
public sealed class DashboardWarmUp(
    IServiceScopeFactory scopes, ResolverCache resolvers, IConfiguration configuration, ILogger<DashboardWarmUp> logger)
    : BackgroundService, IHealthCheck
{
    private readonly TaskCompletionSource<Resolver?> warmed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool failed;

    /// <summary>The resolver the warm-up built and left in the cache; null when it is turned off or could not run.</summary>
    public Task<Resolver?> Warmed => warmed.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Caching:WarmUp", true))
        {
            warmed.TrySetResult(null);
            return;
        }

        await Task.Yield();  // the host goes on starting; this runs beside it
        try
        {
            var started = Stopwatch.GetTimestamp();
            await using var scope = scopes.CreateAsyncScope();
            var resolver = await resolvers.GetAsync(scope.ServiceProvider.GetRequiredService<TrackerDbContext>(), stoppingToken);
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

            logger.LogInformation("Figures loaded and the default dashboard resolved in {Elapsed:0} ms", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            warmed.TrySetResult(resolver);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            warmed.TrySetCanceled(stoppingToken);
        }
        catch (Exception e)
        {
            // Not fatal: the first request builds the resolver itself. Until one is built, readiness says so.
            logger.LogWarning(e, "The figures could not be loaded ahead of the first request");
            failed = true;
            warmed.TrySetResult(null);
        }
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
