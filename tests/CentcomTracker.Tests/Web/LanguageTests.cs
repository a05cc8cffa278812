namespace CentcomTracker.Tests.Web;

public sealed class LanguageTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task Arabic_pages_run_right_to_left_and_the_choice_is_remembered_in_a_cookie()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/?culture=ar");
        var page = await response.ReadDocumentAsync();

        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Contains("انتقل إلى المحتوى", page.Body!.TextContent);
        Assert.Contains(page.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.Contains("bootstrap.rtl.min"));

        // The client keeps cookies like a browser: the next page, without ?culture, is still Arabic.
        var next = await client.GetDocumentAsync("/no-such-page", 404);
        Assert.Equal("ar", next.DocumentElement.GetAttribute("lang"));

        var english = await client.GetDocumentAsync("/?culture=en");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", english.DocumentElement.GetAttribute("dir"));
    }
}
