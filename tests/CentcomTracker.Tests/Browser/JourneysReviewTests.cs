using CentcomTracker.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CentcomTracker.Tests.Browser;

/// <summary>A host where a second editor approves every change, without the seed: the new month is the only data.</summary>
public sealed class ReviewedBrowserFixture() : BrowserFixture(TrackerFactory.With(("Review:Required", "true"), ("Database:Seed", "false")));

/// <summary>Editor A pastes CENTCOM's January 2023 month in review (S8) and saves it; it is public once editor B approves it.</summary>
public sealed class JourneysReviewTests(ReviewedBrowserFixture app) : IClassFixture<ReviewedBrowserFixture>
{
    // S8's sentence as facts.md quotes it (CENTCOM Month in Review, January 2023, published 2 February 2023).
    private const string Release =
        "CENTCOM Month in Review: The Fight Against ISIS in Iraq and Syria (January 2023)\n" +
        "For the month of January 2023, the CENTCOM-led coalition conducted a total of 43 D-ISIS operations, resulting in 11 ISIS operatives killed and 227 detained.";

    /// <summary>The monthly trend chart as the page sent it and as Chart.js drew it.</summary>
    private const string MonthlyChart = """
        () => {
          const canvas = document.querySelector('canvas[data-chart="monthly"]');
          const island = JSON.parse(document.getElementById('chart-monthly').textContent);
          const chart = canvas && window.Chart ? Chart.getChart(canvas) : null;  // Chart.js loads with the first chart
          return {
            labels: island.labels,
            sent: island.datasets.map(d => d.data),
            drawn: chart ? chart.data.datasets.map(d => d.data.map(v => (v !== null && typeof v === 'object' ? v.y : v))) : [],
          };
        }
        """;

    private sealed record Monthly(string[] Labels, decimal?[][] Sent, decimal?[][] Drawn);

    private async Task<Monthly> DashboardMonthlyAsync()
    {
        await using var context = await app.NewContextAsync();
        var (page, problems) = await BrowserFixture.OpenPageAsync(context, "/?a=2023&b=2024-H1");
        await BrowserFixture.WaitForChartsAsync(page);
        problems.AssertNone();
        return await page.EvaluateJsonAsync<Monthly>(MonthlyChart);
    }

    [Fact]
    public async Task Editor_A_saves_a_pasted_release_and_the_dashboard_shows_it_only_after_editor_B_approves()
    {
        var before = await DashboardMonthlyAsync();
        Assert.DoesNotContain(before.Sent.SelectMany(d => d), v => v == 43);

        // Editor A pastes the release, confirms the grid and saves: the save awaits review.
        await using (var contextA = await app.NewContextAsync())
        {
            var (page, problems) = await app.SignInAsync(contextA, $"editor-a-{Guid.NewGuid():N}@example.org");
            await BrowserFixture.GoAsync(page, problems, "/figures/release");
            await page.DescribeAndPasteAsync("US Central Command", "CENTCOM Month in Review: The Fight Against ISIS in Iraq and Syria (January 2023)",
                "2023-02-02", Release);
            await Expect(page.Locator("#paste-outcome")).ToHaveAttributeAsync("data-filled", "3");
            await Expect(page.GetByLabel("Period of the counts")).ToHaveValueAsync("2023-01");
            await page.ConfirmEveryCellAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the release" }).ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/review");
            var batch = page.Locator("section.review-batch");
            await Expect(batch).ToHaveAttributeAsync("data-own", "true");
            await Expect(batch.Locator("tr[data-entity=figure] ins")).ToHaveCountAsync(3);
            await Expect(batch.GetByRole(AriaRole.Button, new() { Name = "Approve" })).ToHaveCountAsync(0);
            problems.AssertNone();
        }

        // Nothing public changed.
        Assert.Equal(before, await DashboardMonthlyAsync(), MonthlyComparer.Instance);

        // Editor B approves on /review.
        await using (var contextB = await app.NewContextAsync())
        {
            var (page, problems) = await app.SignInAsync(contextB, $"editor-b-{Guid.NewGuid():N}@example.org");
            await Expect(page.Locator("#review-link")).ToHaveAttributeAsync("data-pending", "1");
            await BrowserFixture.GoAsync(page, problems, "/review");
            var batch = page.Locator("section.review-batch");
            await Expect(batch).ToHaveAttributeAsync("data-own", "false");
            await AccessibilityScans.AssertNoViolationsAsync(page);
            await BrowserFixture.GoAsync(page, problems, "/review?culture=ar");
            await AccessibilityScans.AssertNoViolationsAsync(page);
            await BrowserFixture.GoAsync(page, problems, "/review?culture=en");
            await batch.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
            await Expect(page.Locator("#no-pending")).ToBeVisibleAsync();
            await Expect(page.Locator("#decided tr[data-state=approved]")).ToHaveCountAsync(1);
            problems.AssertNone();
        }

        // The dashboard's monthly chart now has January 2023: 43 operations, sent and drawn.
        var after = await DashboardMonthlyAsync();
        var january = Array.FindIndex(after.Labels, l => l.Contains("2023") && l.StartsWith("Jan", StringComparison.Ordinal));
        Assert.True(january >= 0, "No January 2023 on the chart: " + string.Join(", ", after.Labels));
        Assert.Equal(43, after.Sent[0][january]);
        Assert.Equal(43, after.Drawn[0][january]);
    }

    private sealed class MonthlyComparer : IEqualityComparer<Monthly>
    {
        public static readonly MonthlyComparer Instance = new();

        public bool Equals(Monthly? x, Monthly? y) => x is not null && y is not null && x.Labels.SequenceEqual(y.Labels)
            && x.Sent.Length == y.Sent.Length && x.Sent.Zip(y.Sent).All(p => p.First.SequenceEqual(p.Second));

        public int GetHashCode(Monthly obj) => obj.Labels.Length;
    }
}
