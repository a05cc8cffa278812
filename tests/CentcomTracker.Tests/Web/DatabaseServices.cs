using CentcomTracker.Web.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;

namespace CentcomTracker.Tests.Web;

/// <summary>
/// The app's database services alone, without a web host: for what happens before or instead of start-up (a command
/// on a database nothing has created yet, several instances initializing one database at once).
/// </summary>
public static class DatabaseServices
{
    public static ServiceProvider Create(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton(TimeProvider.System);
        services.AddTrackerDatabase(configuration, new HostingEnvironment { ContentRootPath = Path.GetTempPath() });
        return services.BuildServiceProvider();
    }
}
