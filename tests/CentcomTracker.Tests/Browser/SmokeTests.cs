namespace CentcomTracker.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SmokeTests(BrowserHost host)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?culture=ar")]
    public async Task Pages_load_in_a_real_browser_without_script_errors_or_policy_violations(string url)
    {
        var (context, page, errors) = await host.OpenAsync();
        await using var _ = context;

        var response = await page.GotoAsync(url);

        Assert.Equal(200, response!.Status);
        Assert.Contains("153", await page.InnerTextAsync("main"));
        Assert.Empty(errors);
    }
}
