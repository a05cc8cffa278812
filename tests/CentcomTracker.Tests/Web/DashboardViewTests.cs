using AngleSharp.Html.Dom;

namespace CentcomTracker.Tests.Web;

/// <summary>The dashboard's view in the address: bad parameters fall back with a message, unusual views still render.</summary>
public sealed class DashboardViewTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task A_period_that_cannot_be_read_shows_the_default_view_with_a_message()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?a=garbage");

        var alert = page.QuerySelector("[role=alert]")!.Text();
        Assert.Contains("Period A “garbage” is not a period label", alert);
        Assert.Contains("showing 2023", alert);
        Assert.Equal("H1 2024 against 2023 · Iraq and Syria", page.QuerySelector("#view-description")!.TextContent);
        Assert.Equal("2023", page.QuerySelector("input#a")!.GetAttribute("value"));
        Assert.Contains("153", page.QuerySelector("#headline")!.Text());

        // In Arabic the field is named as the form names it.
        var arabic = (await client.GetDocumentAsync("/?a=2023&b=garbage&culture=ar")).QuerySelector("[role=alert]")!.Text();
        Assert.Contains("الفترة (ب) «", arabic);
        Assert.DoesNotContain("الفترة B", arabic);
    }

    [Fact]
    public async Task A_bad_half_and_an_unknown_theatre_are_each_named_and_replaced_by_the_default()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?b=2024-H7&theatre=XX");

        var problems = page.QuerySelectorAll("[role=alert] li").Select(li => li.Text()).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Contains("Period B “2024-H7”", problems[0]);
        Assert.Contains("there is no H7", problems[0]);
        Assert.Contains("showing H1 2024", problems[0]);
        Assert.Contains("Theatre “XX” is not one of IQ+SY, IQ, SY; showing Iraq and Syria.", problems[1]);
        Assert.Equal("H1 2024 against 2023 · Iraq and Syria", page.QuerySelector("#view-description")!.TextContent);
    }

    [Theory]
    [InlineData("/?a=1900&b=9999")]
    [InlineData("/?a=9999-Q4&b=1000-01-01..9999-12-31")]
    [InlineData("/?a=2024-02-30")]
    [InlineData("/?a=2024-06&b=2024-06&theatre=IQ")]
    [InlineData("/?theatre=SY-HOL&trend=camp-population")]
    [InlineData("/?a=%D9%A2%D9%A0%D9%A2%D9%A3&b=2024-h1&theatre=iq")]
    [InlineData("/?a=2023-01-01..2023-07-31&b=2024-07-16&trend=killed")]
    public async Task Unusual_views_render_rather_than_fail(string url)
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync(url);

        Assert.NotNull(page.QuerySelector("#headline"));
        Assert.All(ChartIslands.Names, chart => Assert.Equal(page.IslandRows(chart), page.TableValues(chart)));
    }

    [Fact]
    public async Task With_no_figures_at_all_every_value_is_not_reported_and_every_chart_still_has_its_table()
    {
        using var empty = TrackerFactory.With(("Database:Seed", "false"));
        using var client = empty.CreateClient();
        var page = await client.GetDocumentAsync("/");

        Assert.All(page.QuerySelectorAll("#headline .period-values .value"), v => Assert.Equal("not reported", v.TextContent));
        Assert.DoesNotContain(page.QuerySelectorAll("#headline .value"), v => v.GetAttribute("data-value") != "");
        foreach (var chart in ChartIslands.Names)
        {
            Assert.All(page.IslandRows(chart), r => Assert.Null(r.Value));
            Assert.Equal(page.IslandRows(chart), page.TableValues(chart));
            var csv = await client.GetAsync($"/charts/{chart}.csv");
            Assert.Equal(System.Net.HttpStatusCode.OK, csv.StatusCode);
        }

        Assert.Empty(page.QuerySelectorAll("canvas"));
    }

    [Fact]
    public async Task Arabic_digits_in_a_period_are_read_as_the_period()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?a=%D9%A2%D9%A0%D9%A2%D9%A3&b=2024-h1&theatre=iq");

        Assert.Null(page.QuerySelector("[role=alert]"));
        Assert.Equal("H1 2024 against 2023 · Iraq", page.QuerySelector("#view-description")!.TextContent);
    }

    [Fact]
    public async Task The_view_form_and_quick_links_are_plain_GET_links_that_reopen_the_same_view()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?a=2024-Q1&b=2024-H1&theatre=IQ");

        var form = (IHtmlFormElement)page.QuerySelector("form#view-form")!;
        Assert.Equal("get", form.Method, ignoreCase: true);
        Assert.Equal(["a", "b", "theatre", "trend"], form.Elements.OfType<IHtmlElement>()
            .Select(e => e.GetAttribute("name")).OfType<string>().Distinct());

        var quick = page.QuerySelectorAll(".quick-links a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/?a=2023&b=2024-H1&theatre=IQ", quick);
        Assert.Contains("/?a=2024-Q1&b=2024-H1&theatre=SY", quick);
        Assert.Equal("/?a=2024-Q1&b=2024-H1&theatre=IQ", page.QuerySelector(".quick-links a[aria-current]")!.GetAttribute("href"));

        var reopened = await client.GetDocumentAsync(quick.First(q => q.EndsWith("theatre=SY", StringComparison.Ordinal)));
        Assert.Equal("H1 2024 against Q1 2024 · Syria", reopened.QuerySelector("#view-description")!.TextContent);
    }
}
