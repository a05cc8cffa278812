using System.Net;
using CentcomTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Tests.Web.Editors;

public sealed class AntiforgeryTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/logout")]
    [InlineData("/figures/release")]
    [InlineData("/figures/1/edit")]
    [InlineData("/figures/1/delete")]
    [InlineData("/sources/new")]
    [InlineData("/sources/1/edit")]
    [InlineData("/figures")]
    public async Task Every_form_that_posts_carries_an_antiforgery_token(string url)
    {
        using var client = await factory.SignInAsync($"editor-{Guid.NewGuid():N}@example.org");
        var page = await client.GetDocumentAsync(url);
        var forms = page.QuerySelectorAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(forms); // at least the layout's sign-out form
        Assert.All(forms, form => Assert.NotNull(form.QuerySelector($"input[type=hidden][name={Browser.AntiforgeryField}]")));
    }

    [Fact]
    public async Task A_post_without_a_token_is_refused_and_one_with_it_works()
    {
        using var client = await factory.SignInAsync($"editor-{Guid.NewGuid():N}@example.org");
        var before = await factory.QueryAsync(db => db.Sources.CountAsync());
        var form = (await client.GetDocumentAsync("/sources/new")).MainForm();
        var values = new Dictionary<string, string>
        {
            ["Input.Source.Publisher"] = "Test publisher",
            ["Input.Source.Title"] = $"A document {Guid.NewGuid():N}",
            ["Input.Source.Date"] = "2024-08-01",
        };

        var refused = await client.SubmitAsync(form, values, withoutAntiforgeryToken: true);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(before, await factory.QueryAsync(db => db.Sources.CountAsync()));
        // The editor is told what happened and what to do, not only that it failed.
        var page = await refused.ReadDocumentAsync(400);
        Assert.Equal("The form was not accepted", page.QuerySelector("h1")!.Text());
        Assert.Contains("reload the page and submit it again", page.QuerySelector("main")!.Text());

        (await client.SubmitAsync(form, values)).AssertRedirect("/figures?source=");
        Assert.Equal(before + 1, await factory.QueryAsync(db => db.Sources.CountAsync()));
    }

    [Fact]
    public async Task Another_users_token_does_not_work()
    {
        using var editor = await factory.SignInAsync($"editor-{Guid.NewGuid():N}@example.org");
        using var other = await factory.SignInAsync($"editor-{Guid.NewGuid():N}@example.org");
        var figure = await factory.QueryAsync(db => db.Figures.AsNoTracking().OrderBy(f => f.Id).FirstAsync());
        var othersForm = (await other.GetDocumentAsync($"/figures/{figure.Id}/delete")).MainForm();

        // The other editor's form (and its token) posted with this editor's cookies: refused, the figure stays.
        var response = await editor.SubmitAsync(othersForm);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(await factory.QueryAsync(db => db.Figures.AnyAsync(f => f.Id == figure.Id)));
    }

    [Fact]
    public async Task Signing_in_without_a_token_is_refused()
    {
        using var client = factory.CreateBrowser();
        var form = (await client.GetDocumentAsync("/account/login")).MainForm();
        var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = "a@example.org", ["Input.Password"] = "x" }, withoutAntiforgeryToken: true);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
