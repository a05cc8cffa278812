using System.Net;
using CentcomTracker.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web.Editors;

/// <summary>
/// A session ends everywhere at once: two hosts share one database (as two instances would), a copy of the sign-in
/// cookie is kept, and what ends the session on one instance ends it on the other at the next request.
/// </summary>
public sealed class SessionTests
{
    private sealed class TwoInstances : IDisposable
    {
        public TrackerFactory First { get; } = new();
        public TrackerFactory Second { get; }

        public TwoInstances() => Second = TrackerFactory.With(("ConnectionStrings:Tracker", First.ConnectionString));

        public void Dispose()
        {
            Second.Dispose();
            First.Dispose();
        }
    }

    /// <summary>Signs in through the real form on <paramref name="factory"/>; returns the browser and a copy of its cookies.</summary>
    private static async Task<(HttpClient Browser, string Cookies)> SignInAsync(TrackerFactory factory, string email)
    {
        var browser = factory.CreateBrowser();
        var response = await browser.SignInAsync(email, Browser.GoodPassword);
        response.AssertRedirect("/");
        var cookies = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        Assert.Contains(cookies, c => c.StartsWith("CentcomTracker.Auth", StringComparison.Ordinal));
        return (browser, string.Join("; ", cookies));
    }

    /// <summary>GET /figures/release with only the copied cookie, as someone who kept it would.</summary>
    private static Task<HttpResponseMessage> ReplayAsync(TrackerFactory factory, string cookies)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/figures/release");
        request.Headers.Add("Cookie", cookies);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Signing_out_on_one_instance_ends_the_copied_cookie_on_both()
    {
        using var hosts = new TwoInstances();
        var email = Browser.NewEditorEmail();
        await hosts.First.CreateUserAsync(email, Roles.Editor);
        var (browser, cookies) = await SignInAsync(hosts.First, email);
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(hosts.Second, cookies)).StatusCode);

        var logout = await browser.GetDocumentAsync("/account/logout");
        (await browser.SubmitAsync(logout.MainForm())).AssertRedirect("/");

        (await ReplayAsync(hosts.Second, cookies)).AssertRedirect("/account/login");
        (await ReplayAsync(hosts.First, cookies)).AssertRedirect("/account/login");
        browser.Dispose();
    }

    public static TheoryData<string> AccountChanges => new() { "new password", "locked by an administrator", "account removed" };

    [Theory]
    [MemberData(nameof(AccountChanges))]
    public async Task A_change_to_the_account_on_one_instance_ends_its_sessions_on_the_other(string change)
    {
        using var hosts = new TwoInstances();
        var email = Browser.NewEditorEmail();
        await hosts.First.CreateUserAsync(email, Roles.Editor);
        var (browser, cookies) = await SignInAsync(hosts.Second, email);
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(hosts.Second, cookies)).StatusCode);

        await using (var scope = hosts.First.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            var result = change switch
            {
                "new password" => await users.ChangePasswordAsync(user, Browser.GoodPassword, "Another-Horse-7-Battery"),
                "locked by an administrator" => await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddDays(1)),
                _ => await users.DeleteAsync(user),
            };
            Assert.True(result.Succeeded);
        }

        (await ReplayAsync(hosts.Second, cookies)).AssertRedirect("/account/login");
        (await browser.GetAsync("/figures/release")).AssertRedirect("/account/login");
        browser.Dispose();
    }
}
