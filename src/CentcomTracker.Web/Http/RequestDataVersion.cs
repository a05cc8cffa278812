using CentcomTracker.Web.Data;

namespace CentcomTracker.Web.Http;

/// <summary>
/// The data version as one request sees it, read once (from the <see cref="DataVersionWatch"/>): the request's
/// validator (ETag), its output cache key and its as-of stamp agree.
/// </summary>
public static class RequestDataVersion
{
    private static readonly object Key = new();

    public static async ValueTask<long> DataVersionAsync(this HttpContext context)
    {
        if (context.Items.TryGetValue(Key, out var known) && known is long version)
        {
            return version;
        }

        var services = context.RequestServices;
        version = await services.GetRequiredService<DataVersionWatch>().CurrentAsync(services.GetRequiredService<TrackerDbContext>(), context.RequestAborted);
        context.Items[Key] = version;
        return version;
    }
}
