namespace CentcomTracker.Web.Http;

public static class FiguresCacheRegistration
{
    public static IServiceCollection AddFiguresCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 64 * 1024 * 1024;
            // The largest page is under 1 MB and the whole export at 100,000 figures 1.4 MB compressed; an uncompressed
            // export (18 MB there) is sent without being kept, so it cannot push the pages out.
            options.MaximumBodySize = 8 * 1024 * 1024;
            options.AddPolicy(FiguresCache.Policy, new FiguresCache());
            options.AddPolicy(FiguresCache.ExportPolicy, new FiguresCache(wholeData: true));
        });
}
