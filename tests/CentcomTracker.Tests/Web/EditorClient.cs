using AngleSharp.Dom;
using System.Security.Claims;
using System.Text.Encodings.Web;
using AngleSharp.Html.Dom;
using CentcomTracker.Web.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CentcomTracker.Tests.Web;

/// <summary>
/// Clients signed in as a real Identity user (created in the test host's database with real roles, so the Editor
/// policy is checked for real). When the app has its sign-in page, the client signs in through it as a browser
/// would. Until then, a test-only authentication scheme reads the user name from a request header and builds the
/// principal with the app's own SignInManager — the one place to change when the sign-in page arrives.
/// </summary>
public static class EditorClient
{
    public const string Password = "Test-Passw0rd-for-Editors!";
    private const string UserHeader = "X-Test-User";
    private const string TestScheme = "Test";
    private const string EitherScheme = "TestOrCookie";

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TrackerFactory, WebApplicationFactory<Program>> Hosts = [];

    /// <summary>A client signed in as <paramref name="email"/>, created with <paramref name="role"/> (none for an analyst).</summary>
    public static async Task<HttpClient> CreateAsync(TrackerFactory factory, string email = "editor@example.org", string? role = Roles.Editor)
    {
        await CreateUserAsync(factory, email, role);

        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await browser.GetAsync("/account/login");
        if (login.IsSuccessStatusCode)
        {
            await SignInThroughTheLoginPageAsync(browser, login, email);
            return browser;
        }

        browser.Dispose();
        var host = Hosts.GetValue(factory, f => f.WithWebHostBuilder(builder => builder.ConfigureTestServices(AddTestScheme)));
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(UserHeader, email);
        return client;
    }

    public static async Task CreateUserAsync(TrackerFactory factory, string email, string? role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        Succeeded(await users.CreateAsync(user, Password));
        if (role is not null)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Succeeded(await roles.CreateAsync(new IdentityRole(role)));
            }

            Succeeded(await users.AddToRoleAsync(user, role));
        }
    }

    private static void Succeeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));

    /// <summary>Fills the sign-in form's e-mail and password fields and submits it with its antiforgery token.</summary>
    private static async Task SignInThroughTheLoginPageAsync(HttpClient browser, HttpResponseMessage login, string email)
    {
        var page = await login.ReadDocumentAsync();
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").FirstOrDefault(f => f.QuerySelector("input[type=password]") is not null);
        Assert.True(form is not null, "The sign-in page has no form with a password field.");
        var fields = form!.QuerySelectorAll<IHtmlInputElement>("input[name]")
            .Where(i => i.Type is not ("checkbox" or "submit") || i.IsChecked)
            .ToDictionary(i => i.Name!, i => i.Type switch
            {
                "password" => Password,
                "email" => email,
                _ when i.Name!.Contains("Email", StringComparison.OrdinalIgnoreCase) || i.Name.Contains("UserName", StringComparison.OrdinalIgnoreCase) => email,
                _ => i.Value,
            });
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? "/account/login" : form.GetAttribute("action")!;
        var response = await browser.PostAsync(action, new FormUrlEncodedContent(fields));
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect,
            $"Signing in as {email} did not redirect ({(int)response.StatusCode}):\n{Html.Excerpt(await response.Content.ReadAsStringAsync())}");
    }

    private static void AddTestScheme(IServiceCollection services)
    {
        // Only authentication is replaced, and only for requests that carry the header: others still meet the
        // Identity cookie, so anonymous requests are still sent to the sign-in page.
        services.AddAuthentication(options => options.DefaultAuthenticateScheme = EitherScheme)
            .AddPolicyScheme(EitherScheme, null, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(UserHeader) ? TestScheme : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, HeaderUserHandler>(TestScheme, null);
    }

    private sealed class HeaderUserHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
        UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var name = Request.Headers[UserHeader].ToString();
            if (await users.FindByNameAsync(name) is not { } user)
            {
                return AuthenticateResult.Fail($"No user {name}.");
            }

            // The same principal a cookie sign-in would carry: the user's id, name and roles from the database.
            ClaimsPrincipal principal = await signIn.CreateUserPrincipalAsync(user);
            return AuthenticateResult.Success(new AuthenticationTicket(principal, TestScheme));
        }
    }
}
