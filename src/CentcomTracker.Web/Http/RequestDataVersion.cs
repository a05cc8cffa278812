using CentcomTracker.Web.Data;

namespace CentcomTracker.Web.Http;

/// <summary>
/// The data as one request sees it, read once (from the <see cref="DataVersionWatch"/>): the request's validator
/// (ETag), its output cache key, its as-of stamp and its permalinks agree. Read views take it before they read any
/// data (<see cref="AsOfRequests"/>), so what they show is at least as new as the change their permalinks pin.
/// </summary>
public static class RequestDataVersion
{
    private static readonly object Key = new();

    public static async ValueTask<long> DataVersionAsync(this HttpContext context) => (await context.DataStampAsync()).Version;

    public static async ValueTask<DataStamp> DataStampAsync(this HttpContext context)
    {
        if (context.Items.TryGetValue(Key, out var known) && known is DataStamp stamp)
        {
            return stamp;
        }

        var services = context.RequestServices;
        stamp = await services.GetRequiredService<DataVersionWatch>().StampAsync(services.GetRequiredService<TrackerDbContext>(), context.RequestAborted);
        context.Items[Key] = stamp;
        return stamp;
    }
}
