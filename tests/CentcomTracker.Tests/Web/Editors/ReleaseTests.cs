using AngleSharp.Html.Dom;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Tests.Web.Editors;

public sealed class ReleaseTests
{
    /// <summary>The model key of a grid cell's field: cells run metric by metric, theatres in display order (IQ+SY, IQ, SY).</summary>
    internal static string Cell(IHtmlDocument form, string metric, string theatre, string field)
    {
        var cell = form.QuerySelector($"fieldset.release-cell[data-metric='{metric}'][data-theatre='{theatre}']")
            ?? throw new Xunit.Sdk.XunitException($"No cell {metric} × {theatre}");
        var input = cell.QuerySelector($"[name$='.{field}']")!;
        return input.GetAttribute("name")!;
    }

    internal static Dictionary<string, string> NewSource(string title = "Defeat ISIS mission in Iraq and Syria, April to June 2024 (test release)") => new()
    {
        ["Input.SourceChoice"] = "new",
        ["Input.NewSource.Publisher"] = "US Central Command (test)",
        ["Input.NewSource.Title"] = title,
        ["Input.NewSource.Url"] = "https://example.org/centcom/2024-q2",
        ["Input.NewSource.Date"] = "2024-07-05",
        ["Input.NewSource.Language"] = "en",
        ["Input.NewSource.Tier"] = "primary",
    };

    /// <summary>
    /// The release most tests start from: a new source and Q2 2024 operations in Iraq (70) and Syria (30). A test
    /// changes only what it is about.
    /// </summary>
    internal static Dictionary<string, string> ValidRelease(IHtmlDocument form, string period = "2024-Q2")
    {
        var values = NewSource();
        values["Input.Period"] = period;
        values[Cell(form, "operations", "IQ", "Value")] = "70";
        values[Cell(form, "operations", "IQ", "Quote")] = "In Iraq, 70 partnered operations (test value).";
        values[Cell(form, "operations", "SY", "Value")] = "30";
        values[Cell(form, "operations", "SY", "Quote")] = "In Syria, 30 operations (test value).";
        return values;
    }

    [Fact]
    public async Task An_editor_enters_a_Q2_2024_release_and_H1_is_reconciled_with_Q1_plus_Q2()
    {
        using var factory = new TrackerFactory();
        using var client = await factory.SignInAsync("editor@example.org");
        var before = await factory.CountsAsync();

        var form = await client.GetDocumentAsync("/figures/release");
        var values = ValidRelease(form);
        values[Cell(form, "operations", "IQ+SY", "Value")] = "101";
        values[Cell(form, "operations", "IQ+SY", "Quote")] = "101 Defeat ISIS missions (test value).";
        var saved = await client.SubmitAsync(form.MainForm(), values);

        var summary = await client.FollowAsync(saved);
        Assert.NotNull(summary.QuerySelector("[role=status]"));
        Assert.Equal("/?a=2024-Q1&b=2024-Q2", summary.QuerySelector("[role=status] a")!.GetAttribute("href"));
        Assert.Equal(3, summary.QuerySelectorAll("#figures tbody tr").Length);
        var after = await factory.CountsAsync();
        Assert.Equal((before.Figures + 3, before.Sources + 1, before.Audit + 4), after);

        // Through the domain, on the app's own database: H1 is reported, and reconciled with Q1 + Q2.
        var resolver = await factory.QueryAsync(db => db.LoadResolverAsync());
        var q2 = resolver.Resolve("operations", "IQ", Period.Parse("2024-Q2"));
        Assert.Equal((Derivation.Reported, QualifiedValue.Exact(70)), (q2.How, q2.Value!.Value));
        var h1 = resolver.Resolve("operations", "IQ", Period.Parse("2024-H1"));
        Assert.Equal(Derivation.Reported, h1.How);
        Assert.Equal(137, h1.Value!.Value.Value);
        var overTime = Assert.Single(h1.Reconciliations, r => r.Kind == Derivation.SummedOverTime);
        Assert.Equal([66L, 70L], overTime.Sum.Parts.Select(p => p.Value!.Value.Value));
        Assert.Equal(136, overTime.SumValue.Value);
        Assert.Equal(1, overTime.Difference);
        Assert.Equal(Agreement.Differs, overTime.Agreement);

        // Through the dashboard, at once (nothing cached): Q2 beside Q1, then H1 with its reconciliation.
        var iraq = await CardLineAsync(client, "/?a=2024-Q1&b=2024-Q2&theatre=IQ", "operations", "IQ");
        Assert.Contains("66", iraq);
        Assert.Contains("70", iraq);
        Assert.Contains("30", await CardLineAsync(client, "/?a=2024-Q1&b=2024-Q2&theatre=SY", "operations", "SY"));
        Assert.Contains("101", await CardLineAsync(client, "/?a=2024-Q1&b=2024-Q2&theatre=IQ%2BSY", "operations", "IQ+SY"));

        var h1Line = await CardLineAsync(client, "/?a=2023&b=2024-H1&theatre=IQ", "operations", "IQ");
        Assert.Contains("137", h1Line);
        Assert.Contains("reported 137 vs quarterly sum 136", h1Line);
        Assert.Contains("differs by 1", h1Line);
    }

    /// <summary>The text of one theatre's line in a metric's card on the dashboard.</summary>
    private static async Task<string> CardLineAsync(HttpClient client, string url, string metric, string theatre)
    {
        var page = await client.GetDocumentAsync(url);
        return page.QuerySelector($"#card-{metric} .card-line[data-theatre='{theatre}']")?.Text()
            ?? throw new Xunit.Sdk.XunitException($"No card line {metric} / {theatre} at {url}");
    }

    [Fact]
    public async Task The_form_opens_on_last_month_with_a_blank_grid_of_every_metric_and_theatre()
    {
        using var factory = new TrackerFactory();
        using var client = await factory.SignInAsync("editor@example.org");
        var form = await client.GetDocumentAsync("/figures/release");

        var lastMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-1);
        Assert.Equal($"{lastMonth:yyyy-MM}", form.FieldValue("Input.Period"));
        Assert.Equal(9 * 3, form.QuerySelectorAll("fieldset.release-cell").Length);
        Assert.All(form.QuerySelectorAll("fieldset.release-cell input[name$='.Value']").Cast<IHtmlInputElement>(), i => Assert.Equal("", i.Value));

        // The script that shows only the chosen source panel is served (no inline script: the CSP forbids it).
        var script = form.QuerySelector("script[src^='/js/release.']")!.GetAttribute("src")!;
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(script)).StatusCode);
    }

    [Fact]
    public async Task Levels_take_the_as_of_day_and_an_existing_source()
    {
        using var factory = new TrackerFactory();
        using var client = await factory.SignInAsync("editor@example.org");
        var s4 = await factory.QueryAsync(db => db.Sources.Where(s => s.Title.StartsWith("Defeat ISIS Mission in Iraq and Syria for January through March 2024")).Select(s => s.Id).SingleAsync());

        var form = await client.GetDocumentAsync($"/figures/release?source={s4}");
        Assert.Equal(s4.ToString(), form.FieldValue("Input.SourceId"));
        var saved = await client.SubmitAsync(form.MainForm(), new Dictionary<string, string>
        {
            ["Input.Period"] = "2024-Q1",
            ["Input.AsOf"] = "2024-04-04",
            [Cell(form, "camp-population", "SY", "Value")] = "46000",
            [Cell(form, "camp-population", "SY", "Qualifier")] = "more-than",
            [Cell(form, "camp-population", "SY", "Quote")] = "more than 46,000 (test value)",
        });
        saved.AssertRedirect($"/figures?source={s4}");

        var figure = await factory.QueryAsync(db => db.Figures.SingleAsync(f => f.MetricCode == "camp-population" && f.Value == 46000));
        Assert.Equal(("2024-04-04", Qualifier.MoreThan, s4), (figure.Period.Label, figure.Qualifier, figure.SourceId));
    }
}
