using CentcomTracker.Web.Data;

namespace CentcomTracker.Web.Http;

/// <summary>
/// The data version as one request sees it, read from the database once: the request's validator (ETag), its output
/// cache key and its as-of stamp agree, and a cached page costs one query, not one per use.
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

        version = await context.RequestServices.GetRequiredService<TrackerDbContext>().DataVersionAsync(context.RequestAborted);
        context.Items[Key] = version;
        return version;
    }
}
