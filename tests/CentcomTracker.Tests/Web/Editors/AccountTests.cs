using System.Net;
using CentcomTracker.Web.Commands;
using CentcomTracker.Web.Web;
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

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var page = await (await client.SignInAsync(email, "Wrong-password-1")).ReadDocumentAsync();
            Assert.Contains("The email or the password is not correct.", page.Summary());
        }

        var fifth = await (await client.SignInAsync(email, "Wrong-password-1")).ReadDocumentAsync();
        Assert.Contains("This account is locked after 5 failed sign-in attempts", fifth.Summary());

        var sixth = await (await client.SignInAsync(email, Browser.GoodPassword)).ReadDocumentAsync();
        Assert.Contains("This account is locked", sixth.Summary());
        (await client.GetAsync("/figures/release")).AssertRedirect("/account/login");
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_answer_as_a_wrong_password()
    {
        using var client = factory.CreateBrowser();
        var page = await (await client.SignInAsync("nobody@example.org", "Whatever-pass-1")).ReadDocumentAsync();
        Assert.Contains("The email or the password is not correct.", page.Summary());
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
