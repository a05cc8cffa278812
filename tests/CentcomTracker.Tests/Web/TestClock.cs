using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web;

/// <summary>The app's clock, set by a test: what is "today" for levels, releases due, the cache and the ETag.</summary>
public sealed class TestClock(DateTime utc) : TimeProvider
{
    public DateTime At { get; set; } = utc;

    public override DateTimeOffset GetUtcNow() => new(At, TimeSpan.Zero);
}

public static class TestClocks
{
    /// <summary>The same host (its database too) with its clock replaced.</summary>
    public static WebApplicationFactory<Program> WithClock(this TrackerFactory factory, TimeProvider clock) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(clock)));
}
