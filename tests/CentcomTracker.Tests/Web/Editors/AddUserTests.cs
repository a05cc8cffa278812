using Microsoft.EntityFrameworkCore;
using static CentcomTracker.Tests.Web.Editors.AccountTests;

namespace CentcomTracker.Tests.Web.Editors;

/// <summary>What add-user refuses, with the message and the exit code scripts rely on.</summary>
public sealed class AddUserTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Theory]
    [InlineData("short", new[] { "add-user", "a@example.org", "--role", "Editor" }, 1, "Passwords must be at least 12 characters")]
    [InlineData(Browser.GoodPassword, new[] { "add-user", "a@example.org", "--role", "Boss" }, 2, "unknown role \"Boss\"")]
    [InlineData(Browser.GoodPassword, new[] { "add-user", "not-an-email", "--role", "Editor" }, 2, "\"not-an-email\" is not an email address")]
    [InlineData(Browser.GoodPassword, new[] { "add-user", "a@example.org", "--role", "Editor", "--password", "x" }, 2, "never taken from the command line")]
    [InlineData("", new[] { "add-user", "a@example.org", "--role", "Editor" }, 2, "no password given")]
    [InlineData(Browser.GoodPassword, new[] { "add-user", "a@example.org" }, 2, "--role Editor")]
    public async Task Add_user_refuses_bad_input_with_a_clear_message_and_an_exit_code(string stdin, string[] args, int expectedExit, string message)
    {
        var (exit, _, error) = await RunAsync(factory, stdin + "\n", args);
        Assert.Equal(expectedExit, exit);
        Assert.Contains(message, error);
        Assert.False(await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "a@example.org" || u.Email == "not-an-email")));
    }

    [Fact]
    public async Task Add_user_refuses_a_second_account_with_the_same_email()
    {
        Assert.Equal(0, (await RunAsync(factory, Browser.GoodPassword, "add-user", "twice@example.org", "--role", "Admin")).Exit);
        var (exit, _, error) = await RunAsync(factory, Browser.GoodPassword, "add-user", "twice@example.org", "--role", "Editor");
        Assert.Equal(1, exit);
        Assert.Contains("already has an account", error);
        Assert.Equal(1, await factory.QueryAsync(db => db.Users.CountAsync(u => u.Email == "twice@example.org")));
    }
}
