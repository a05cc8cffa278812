namespace CentcomTracker.Web.Http;

public static class FiguresCacheRegistration
{
    public static IServiceCollection AddFiguresCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 64 * 1024 * 1024;
            options.AddPolicy(FiguresCache.Policy, new FiguresCache());
        });
}
