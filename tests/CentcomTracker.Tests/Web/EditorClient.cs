using CentcomTracker.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web;

/// <summary>
/// Clients signed in through the real sign-in page as a real Identity user, created once per host with the given
/// role (none for an analyst), so the Editor policy is checked for real.
/// </summary>
public static class EditorClient
{
    public static async Task<HttpClient> CreateAsync(TrackerFactory factory, string email = "editor@example.org", string? role = Roles.Editor)
    {
        var exists = await factory.QueryAsync(async _ =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email) is not null;
        });
        if (!exists)
        {
            await factory.CreateUserAsync(email, role is null ? [] : [role]);
        }

        var client = factory.CreateBrowser();
        (await client.SignInAsync(email, Browser.GoodPassword)).AssertRedirect();
        return client;
    }
}
