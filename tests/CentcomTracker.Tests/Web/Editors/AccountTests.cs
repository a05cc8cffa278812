using System.Net;
using System.Text.RegularExpressions;
using CentcomTracker.Web.Accounts;
using CentcomTracker.Web.Commands;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web.Editors;

public sealed class AccountTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    internal static async Task<(int Exit, string Output, string Error)> RunAsync(TrackerFactory factory, string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(factory.Services, args, new StringReader(stdin), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Add_user_creates_an_editor_who_can_sign_in()
    {
        var email = Browser.NewEditorEmail();
        var (exit, output, error) = await RunAsync(factory, Browser.GoodPassword + "\n", "add-user", email, "--role", "Editor");
        Assert.True(exit == 0, error);
        Assert.Contains($"Created {email} with the role Editor", output);

        using var client = factory.CreateBrowser();
        (await client.SignInAsync(email, Browser.GoodPassword, returnUrl: "/figures/release")).AssertRedirect("/figures/release");
        var form = await client.GetDocumentAsync("/figures/release");
        Assert.Contains(email, form.QuerySelector("header")!.Text());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = Browser.NewEditorEmail();
        await factory.CreateUserAsync(email, Roles.Editor);
        using var client = factory.CreateBrowser();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(email, "Wrong-password-1")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(email, Browser.GoodPassword)).StatusCode);
        (await client.GetAsync("/figures/release")).AssertRedirect("/account/login");
    }

    /// <summary>The answer page with what the person typed and the per-request antiforgery token taken out.</summary>
    private static async Task<string> AnswerAsync(HttpClient client, string email, string password)
    {
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadAsStringAsync()).Replace(email, "EMAIL", StringComparison.Ordinal);
        return Regex.Replace(body, $"(name=\"{Browser.AntiforgeryField}\" type=\"hidden\" value=\")[^\"]*", "$1TOKEN");
    }

    [Fact]
    public async Task An_unknown_email_a_wrong_password_and_a_locked_account_get_the_same_page()
    {
        var (known, locked) = (Browser.NewEditorEmail(), Browser.NewEditorEmail());
        await factory.CreateUserAsync(known, Roles.Editor);
        await factory.CreateUserAsync(locked, Roles.Editor);
        using var client = factory.CreateBrowser();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await client.SignInAsync(locked, "Wrong-password-1");
        }

        var unknown = await AnswerAsync(client, Browser.NewEditorEmail(), "Wrong-password-1");
        Assert.Contains("TOKEN", unknown);
        Assert.Equal(unknown, await AnswerAsync(client, known, "Wrong-password-1"));
        Assert.Equal(unknown, await AnswerAsync(client, locked, "Wrong-password-1"));
        Assert.Equal(unknown, await AnswerAsync(client, locked, Browser.GoodPassword));
    }

    [Fact]
    public async Task The_owner_learns_of_a_lockout_after_their_next_sign_in_once()
    {
        var email = Browser.NewEditorEmail();
        await factory.CreateUserAsync(email, Roles.Editor);
        using var client = factory.CreateBrowser();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            await client.SignInAsync(email, "Wrong-password-1");
        }

        // The lock runs out (or an administrator lifts it); the owner signs in.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            Assert.True((await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(email))!, null)).Succeeded);
        }

        var page = await (await client.SignInAsync(email, Browser.GoodPassword, returnUrl: "/figures/release")).ReadDocumentAsync();
        var notice = page.QuerySelector("[data-lockout-notice]");
        Assert.NotNull(notice);
        Assert.Equal("2", notice!.GetAttribute("data-refused"));  // the attempt that locked it and the one after
        Assert.Equal("/figures/release", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/figures/release")).StatusCode);

        using var again = factory.CreateBrowser();
        (await again.SignInAsync(email, Browser.GoodPassword)).AssertRedirect("/");
    }

    [Theory]
    [InlineData("/figures/release", "/figures/release")]
    [InlineData("https://evil.example/phish", "/")]
    [InlineData("//evil.example/phish", "/")]
    [InlineData("/\\evil.example", "/")]
    public async Task After_signing_in_only_a_local_return_address_is_followed(string returnUrl, string expected)
    {
        var email = Browser.NewEditorEmail();
        await factory.CreateUserAsync(email, Roles.Editor);
        using var client = factory.CreateBrowser();
        var location = (await client.SignInAsync(email, Browser.GoodPassword, returnUrl)).AssertRedirect();
        Assert.Equal(expected, location);
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_client_with_a_429_page()
    {
        using var limited = TrackerFactory.With(("RateLimiting:Login:PermitLimit", "3"), ("RateLimiting:Login:WindowSeconds", "600"));
        using var client = limited.CreateBrowser();
        var form = (await client.GetDocumentAsync("/account/login")).MainForm();
        var wrong = new Dictionary<string, string> { ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "Wrong-password-1" };
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SubmitAsync(form, wrong)).StatusCode);
        }

        var refused = await client.SubmitAsync(form, wrong);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null, "429 without Retry-After");
        var page = await refused.ReadDocumentAsync(429);
        Assert.Contains("Too many sign-in attempts", page.Body!.Text());

        // Reading the form is not limited.
        await client.GetDocumentAsync("/account/login");
    }

    [Fact]
    public async Task Signing_out_takes_a_post_and_a_get_only_shows_the_button()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());

        var page = await client.GetDocumentAsync("/account/logout");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/figures/release")).StatusCode);

        (await client.SubmitAsync(page.MainForm())).AssertRedirect("/");
        (await client.GetAsync("/figures/release")).AssertRedirect("/account/login");
    }

    [Fact]
    public async Task The_editor_roles_exist_from_the_first_start()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        Assert.True(await roles.RoleExistsAsync(Roles.Editor));
        Assert.True(await roles.RoleExistsAsync(Roles.Admin));
    }

    [Fact]
    public async Task The_sign_in_page_speaks_Arabic()
    {
        using var client = factory.CreateBrowser();
        var page = await client.GetDocumentAsync("/account/login?culture=ar");
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("تسجيل الدخول", page.QuerySelector("h1")!.Text());

        var refused = await (await client.SubmitAsync(page.MainForm(), new Dictionary<string, string> { ["Input.Email"] = "", ["Input.Password"] = "" })).ReadDocumentAsync();
        Assert.Contains("مطلوب", refused.ErrorFor("Input.Email"));
    }
}
