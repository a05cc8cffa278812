using AngleSharp.Html.Dom;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web;

public sealed class DashboardTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Fact]
    public async Task The_dashboard_shows_the_H1_2024_headline_figures_with_source_footnotes()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/");

        var headline = page.QuerySelector("#headline")!;
        var text = headline.Text();
        foreach (var number in new[] { "153", "196", "137", "59", "30", "14", "74", "92", "≈ 2,500", "more than 9,000", "more than 45,000" })
        {
            Assert.Contains(number, text);
        }

        Assert.Contains("reported 196 = Iraq 137 + Syria 59 ✓", text);

        // H1 2024 ends before the mid-year statement of 16 July; its levels are the latest known.
        var latest = page.QuerySelector("#latest-levels")!.Text();
        Assert.Contains("≈ 2,500", latest);
        Assert.Contains("more than 9,000", latest);
        Assert.Contains("more than 43,000", latest);
        Assert.Contains("16 July 2024", latest);

        // Every footnote mark points at a source entry that carries its quote.
        var refs = headline.QuerySelectorAll("a.footnote-ref").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.NotEmpty(refs);
        foreach (var href in page.QuerySelectorAll("main a.footnote-ref").Select(a => a.GetAttribute("href")!).Distinct())
        {
            var note = page.QuerySelector(href);
            Assert.True(note is not null, $"{href} points nowhere.");
            Assert.NotNull(note!.QuerySelector("blockquote"));
        }

        Assert.Contains(page.QuerySelectorAll(".footnotes blockquote"), q => q.TextContent.Contains("From January to June 2024, ISIS has claimed 153 attacks"));
        Assert.Contains(page.QuerySelectorAll(".footnotes blockquote[lang=ar][dir=rtl]"), q => q.TextContent.Contains("153 هجوماً"));
    }

    [Fact]
    public async Task A_latest_level_too_old_to_stand_is_marked_out_of_date_in_words()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/");

        // Iraq's "more than 20,000 detainees" of 29 December 2022 is more than a year older than the newest figures:
        // a card shows it only as "last known", so the list must not show it as current as the 2024 levels.
        var iraq = page.QuerySelector("#latest-levels .latest-level[data-metric=detainees-held][data-theatre=IQ]")!;
        Assert.Equal("true", iraq.GetAttribute("data-out-of-date"));
        Assert.NotNull(iraq.QuerySelector(".out-of-date"));
        var syria = page.QuerySelector("#latest-levels .latest-level[data-metric=detainees-held][data-theatre=SY]")!;
        Assert.Equal("false", syria.GetAttribute("data-out-of-date"));
        Assert.Null(syria.QuerySelector(".out-of-date"));
        Assert.All(page.QuerySelectorAll("#latest-levels .latest-level[data-theatre=SY]"), l => Assert.Equal("false", l.GetAttribute("data-out-of-date")));

        // The same decision as the card for a period the old figure no longer reaches.
        var card = page.QuerySelector("#card-detainees-held")!;
        Assert.NotNull(card.QuerySelector(".last-known[data-as-of='2022-12-29']"));

        // Said in Arabic too, not by colour alone.
        var arabic = await client.GetDocumentAsync("/?culture=ar");
        var marked = arabic.QuerySelector("#latest-levels .latest-level[data-metric=detainees-held][data-theatre=IQ] .out-of-date")!;
        Assert.Contains("قديم", marked.TextContent);
    }

    [Fact]
    public async Task Levels_newest_among_the_figures_are_still_out_of_date_when_no_release_has_come_for_over_a_year()
    {
        // The seed's newest levels are of 16 July 2024. Read on 1 September 2024 they are current; read on 1 December
        // 2026, more than 12 months have passed with no newer figure, so every level is out of date, though none is
        // older than the newest figures: said once, above the cards, in both languages.
        foreach (var (day, old) in new[] { (new DateTime(2024, 9, 1), false), (new DateTime(2026, 12, 1), true) })
        {
            using var host = new TrackerFactory();
            using var client = host.WithClock(new TestClock(day)).CreateClient();
            var page = await client.GetDocumentAsync("/");

            var syria = page.QuerySelector("#latest-levels .latest-level[data-metric=detainees-held][data-theatre=SY]")!;
            Assert.Equal("false", syria.GetAttribute("data-out-of-date"));
            Assert.Equal(old ? "true" : "false", syria.GetAttribute("data-old-on-the-day"));
            Assert.Null(syria.QuerySelector(".old-on-the-day"));
            var why = page.QuerySelector("#levels-old-on-the-day");
            Assert.Equal(old, why is not null);
            if (!old) continue;

            Assert.Equal("true", why!.GetAttribute("data-all"));
            Assert.Contains("All are out of date on 1 December 2026: none has been reported for more than 12 months.", why.Text());
            // A level already older than the newest figures keeps its own words as well.
            Assert.NotNull(page.QuerySelector("#latest-levels .latest-level[data-metric=detainees-held][data-theatre=IQ] .out-of-date"));

            var arabic = await client.GetDocumentAsync("/?culture=ar");
            Assert.Contains("12 شهرًا", arabic.QuerySelector("#levels-old-on-the-day")!.TextContent);

            // The view's permalink (as of the current version, which has no day of its own) says the same.
            var permalink = new Uri(page.QuerySelector("a[data-permalink-link]")!.GetAttribute("href")!);
            Assert.Contains("asof=v", permalink.Query);
            var cited = await client.GetDocumentAsync(permalink.PathAndQuery);
            Assert.Equal("true", cited.QuerySelector("#levels-old-on-the-day")!.GetAttribute("data-all"));
        }
    }

    [Fact]
    public async Task When_only_some_levels_are_out_of_date_on_the_day_each_of_them_says_so()
    {
        // Fighters at large reported again on 1 January 2025; read on 1 September 2025, the levels of 16 July 2024 are
        // within 12 months of that newest figure, but more than 12 months old on the day.
        using var host = new TrackerFactory();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var source = await db.Sources.FirstAsync();
            db.Figures.Add(new Figure
            {
                MetricCode = "fighters-at-large", TheatreCode = "IQ+SY", Period = Period.Parse("2025-01-01"), Value = 2_000,
                Qualifier = Qualifier.About, SourceId = source.Id, Quote = "about 2,000 fighters remain (test value).",
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        using var client = host.WithClock(new TestClock(new DateTime(2025, 9, 1))).CreateClient();
        var page = await client.GetDocumentAsync("/");

        var fighters = page.QuerySelector("#latest-levels .latest-level[data-metric=fighters-at-large][data-theatre='IQ+SY']")!;
        Assert.Equal("false", fighters.GetAttribute("data-old-on-the-day"));
        Assert.Null(fighters.QuerySelector(".stale"));
        var syria = page.QuerySelector("#latest-levels .latest-level[data-metric=detainees-held][data-theatre=SY]")!;
        Assert.Equal("false", syria.GetAttribute("data-out-of-date"));
        Assert.Contains("out of date on 1 September 2025", syria.QuerySelector(".old-on-the-day")!.Text());
        var why = page.QuerySelector("#levels-old-on-the-day")!;
        Assert.Equal("false", why.GetAttribute("data-all"));
        Assert.Contains("Those marked are out of date on 1 September 2025: no newer figure has been reported for more than 12 months.", why.Text());
    }

    [Fact]
    public async Task A_value_summed_from_an_unofficial_tally_is_marked_unofficial_as_a_reported_one_is()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/");

        // 2023 killed: at least 85, summed over the months of Task & Purpose's media tally (a secondary source).
        var killed2023 = page.QuerySelector("#card-killed .card-line[data-theatre='IQ+SY'] [data-period=a] .how")!.TextContent;
        Assert.Contains("summed over time", killed2023);
        Assert.Contains("unofficial", killed2023);
        // CENTCOM's own H1 2024 figure is not.
        Assert.DoesNotContain("unofficial", page.QuerySelector("#card-killed .card-line[data-theatre='IQ+SY'] [data-period=b] .how")!.TextContent);
    }

    [Fact]
    public async Task Claimed_attacks_show_the_pace_against_the_unofficial_2023_figure_and_the_BBC_Monitoring_alternative()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/");

        var card = page.QuerySelector("#card-attacks-claimed")!.Text();
        Assert.Contains("121", card);
        Assert.Contains("unofficial", card);
        Assert.Contains("≈ 306 a year (from 6 months: 153 × 12 ÷ 6)", card);
        // A ratio of a projection is itself approximate.
        Assert.Contains("On pace for ≈ 2.5 × 2023 (121, unofficial)", card);
        // A partial sum is a lower bound, and BBC Monitoring's count conflicts with AP's.
        // BBC Monitoring printed 141 and 112; the app added them up, a partial sum that conflicts with AP's 121.
        Assert.True(card.Contains("conflicting: Atlas News, citing BBC Monitoring's figures add up to 141 + 112 = at least 253 (11 of 12 months)"), card);

        Assert.Equal(
            [new ChartRow("2023 (unofficial)", "Attacks claimed by ISIS", 121),
             new ChartRow("2023, Atlas News, citing BBC Monitoring (11 of 12 months)", "Attacks claimed by ISIS", 253),
             new ChartRow("H1 2024", "Attacks claimed by ISIS", 153),
             new ChartRow("2024 pace (annualised from 6 months)", "Attacks claimed by ISIS", 306)],
            page.IslandRows("attacks"));
        Assert.Equal(["value", "alternative", "value", "pace"],
            page.Island("attacks").GetProperty("datasets")[0].GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        // BBC Monitoring's January–November count is annualised (253 × 12 ÷ 11 ≈ 276) before the pace is set against it:
        // a rate over the eleven months it covers, about 276 a year, not "at least 276" (December could add nothing; the
        // year's total is at least 253). A pace is a projection: its ratio to the baseline is approximate, as on the card.
        Assert.Equal("Attacks claimed by ISIS in H1 2024 (153) are on pace for ≈ 2.5 × the 2023 total (121, unofficial), " +
            "or ≈ 1.1 × the alternative baseline of at least 253 (Atlas News, citing BBC Monitoring; 11 of 12 months), annualised: 253 × 12 ÷ 11 (≈ 276 a year).",
            page.QuerySelector("#summary-attacks")!.TextContent);
    }

    [Fact]
    public async Task With_BBC_Monitoring_as_baseline_the_attacks_summary_calls_its_partial_sum_a_baseline_annualised_not_a_total()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?baseline=bbc-monitoring");

        // BBC Monitoring's count runs from January to November: a partial sum, annualised (253 × 12 ÷ 11) before the
        // pace is set against it. AP's 121, now the alternative, covers the whole year.
        var summary = page.QuerySelector("#summary-attacks")!.TextContent;
        Assert.Equal("Attacks claimed by ISIS in H1 2024 (153) are on pace for ≈ 1.1 × the 2023 baseline (at least 253 (11 of 12 months), unofficial), " +
            "annualised: 253 × 12 ÷ 11 (≈ 276 a year), or ≈ 2.5 × the alternative baseline of 121 (Associated Press (via CFJC Today)).",
            summary);
        Assert.DoesNotContain("total", summary);

        var arabic = await client.GetDocumentAsync("/?baseline=bbc-monitoring&culture=ar");
        var arabicSummary = arabic.QuerySelector("#summary-attacks")!.TextContent;
        Assert.Contains("خط أساس", arabicSummary);
        Assert.DoesNotContain("إجمالي", arabicSummary);
    }

    [Fact]
    public async Task Every_chart_has_a_JSON_island_whose_numbers_are_exactly_those_of_its_table()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/");

        foreach (var chart in ChartIslands.Names)
        {
            var drawn = page.IslandRows(chart);
            Assert.True(drawn.Count > 0, $"Chart {chart} draws nothing.");
            Assert.True(drawn.Any(r => r.Value is not null), $"Chart {chart} has no value.");
            Assert.Equal(drawn, page.TableValues(chart));

            // The canvas is an image for assistive technology, described by the summary and detailed by the table.
            var canvas = page.QuerySelector($"canvas[data-chart='{chart}']")!;
            Assert.Equal("img", canvas.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(canvas.GetAttribute("aria-label")));
            var summary = page.GetElementById(canvas.GetAttribute("aria-describedby")!)!;
            Assert.False(string.IsNullOrWhiteSpace(summary.TextContent));
            Assert.NotNull(page.GetElementById(canvas.GetAttribute("aria-details")!));

            // Sources with quotes beside the chart, and both downloads.
            Assert.NotEmpty(page.QuerySelectorAll($"#panel-{chart} .chart-source-list q"));
            Assert.NotNull(page.QuerySelector($"#panel-{chart} a[href^='/charts/{chart}.csv?']"));
            Assert.NotNull(page.QuerySelector($"#panel-{chart} button[data-png-for='{chart}']"));
        }
    }

    [Fact]
    public async Task The_monthly_trend_shows_months_nobody_reported_as_gaps()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/");

        var island = page.Island("monthly");
        Assert.False(island.GetProperty("spanGaps").GetBoolean());
        Assert.Equal(12, island.GetProperty("labels").GetArrayLength());
        Assert.Equal("January 2023", island.GetProperty("labels")[0].GetString());

        var rows = page.IslandRows("monthly");
        decimal?[] both = [43, 48, 37, 35, 38, 37, 31, null, null, null, null, null];
        Assert.Equal(both, rows.Where(r => r.Series == "Iraq and Syria").Select(r => r.Value));
        Assert.Equal([null, 17, 9, 11, 17, null, 11, null, null, null, null, null], rows.Where(r => r.Series == "Syria").Select(r => r.Value));

        var august = page.TableRows("monthly").First(tr => tr.QuerySelector("th")!.TextContent == "August 2023");
        Assert.Equal("not reported", august.QuerySelector("td.row-value")!.Text());
    }

    [Fact]
    public async Task Levels_are_drawn_on_their_as_of_dates_one_line_per_metric_and_theatre()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/");

        var island = page.Island("levels");
        Assert.True(island.GetProperty("spanGaps").GetBoolean());
        Assert.Equal(["2019", "9 September 2022", "29 December 2022", "5 April 2024", "16 July 2024"],
            island.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        // Spaced by time, not evenly: a level dated only by its year stands from the end of that year.
        Assert.Equal(["2019-12-31", "2022-09-09", "2022-12-29", "2024-04-05", "2024-07-16"],
            island.GetProperty("dates").EnumerateArray().Select(d => d.GetString()));
        var rows = page.IslandRows("levels");
        // The 2019 peak is a series of its own, never joined to the levels that follow it.
        Assert.Equal([45000m, 43000m], rows.Where(r => r.Series == "Camp population · Syria").Select(r => r.Value));
        Assert.Equal([70000m], rows.Where(r => r.Series == "Camp population · Syria (peak)").Select(r => r.Value));
        Assert.Equal([2500m, 2500m], rows.Where(r => r.Series == "ISIS fighters at large · Iraq and Syria").Select(r => r.Value));
        Assert.Equal([20000m], rows.Where(r => r.Series == "ISIS detainees held · Iraq").Select(r => r.Value));
    }

    [Fact]
    public async Task A_level_for_Iraq_and_Syria_is_never_summed_each_country_is_shown_instead()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/");

        var card = page.QuerySelector("#card-detainees-held")!;
        Assert.Equal(["IQ", "SY"], card.QuerySelectorAll(".card-line").Select(l => l.GetAttribute("data-theatre")));
        var syria = card.QuerySelector(".card-line[data-theatre='SY']")!;
        Assert.Equal("9000", syria.QuerySelector("[data-period='b'] .value")!.GetAttribute("data-value"));
        Assert.Contains("more than 9,000", syria.Text());
        Assert.Contains("as of 5 April 2024", syria.Text());
        // Iraq's figure of 29 December 2022 is more than 12 months before the end of 2023: only last known.
        var iraqLine = card.QuerySelector(".card-line[data-theatre='IQ']")!;
        var iraq = iraqLine.Text();
        Assert.Contains("more than 20,000", iraq);
        Assert.Equal("", iraqLine.QuerySelector("[data-period='a'] .value")!.GetAttribute("data-value"));
        Assert.Equal("2022-12-29", iraqLine.QuerySelector("[data-period='a'] .last-known")!.GetAttribute("data-as-of"));
        Assert.DoesNotContain("29,000", card.Text());
    }

    [Fact]
    public async Task A_reported_total_is_reconciled_with_the_monthly_figures_under_it()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?a=2023-01-01..2023-07-31&b=2024-H1");

        var operations = page.QuerySelector("#card-operations")!;
        var reconciliation = operations.QuerySelector(".reconciliation")!.Text();
        Assert.Contains("reported 279 vs monthly sum 269: differs by 10", reconciliation);
        Assert.Contains("differs", operations.QuerySelector(".reconciliation .badge")!.TextContent);
        Assert.Contains("conflicting: Task & Purpose gives 44", page.QuerySelector("#table-monthly")!.Text());
    }

    [Fact]
    public async Task The_2023_operations_card_sets_the_January_to_July_tally_against_the_monthly_releases()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/");

        var operations = page.QuerySelector("#card-operations")!;
        // The value stays the monthly releases' sum; the tally of 279 is shown beside it with its own span.
        Assert.Equal("269", operations.QuerySelector("[data-period='a'] .value")!.GetAttribute("data-value"));
        var tally = operations.QuerySelector(".reconciliation[data-period='2023-01-01..2023-07-31']")!;
        Assert.Equal("279", tally.GetAttribute("data-reported"));
        Assert.Equal("269", tally.GetAttribute("data-sum"));
        Assert.Equal("differs", tally.GetAttribute("data-agreement"));
        Assert.Contains("1 Jan 2023 – 31 Jul 2023", tally.Text());

        // Killed, whose tally is one of 2023's parts, shows its check on the card too, once.
        var killed = page.QuerySelector("#card-killed")!;
        var killedTally = Assert.Single(killed.QuerySelectorAll(".reconciliation[data-period='2023-01-01..2023-07-31']"));
        Assert.Equal("81", killedTally.GetAttribute("data-reported"));
        Assert.Equal("72", killedTally.GetAttribute("data-sum"));
    }

    [Fact]
    public async Task Not_reported_is_shown_as_not_reported_never_as_0()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/");

        foreach (var metric in new[] { "leaders-killed", "leaders-captured" })
        {
            var a = page.QuerySelector($"#card-{metric} [data-period='a'] .value")!;
            Assert.Equal("not reported", a.TextContent);
            Assert.Equal("", a.GetAttribute("data-value"));
            Assert.Contains("not-reported", a.ClassList);
        }

        var leaders = page.Island("leaders").GetProperty("datasets")[0];
        Assert.Equal("2023", leaders.GetProperty("label").GetString());
        Assert.All(leaders.GetProperty("data").EnumerateArray(), v => Assert.Equal(System.Text.Json.JsonValueKind.Null, v.ValueKind));
        Assert.All(leaders.GetProperty("text").EnumerateArray(), t => Assert.Equal("not reported", t.GetString()));
        Assert.All(page.TableRows("leaders").Where(tr => tr.QuerySelector(".row-series")!.TextContent == "2023"),
            tr => Assert.Equal("not reported", tr.QuerySelector("td.row-value")!.Text()));
        Assert.Contains("in 2023: not reported", page.QuerySelector("#summary-leaders")!.TextContent);
    }

    [Fact]
    public async Task Syria_in_Q1_2024_against_2023_shows_Syrias_quarter()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?a=2023&b=2024-Q1&theatre=SY");

        Assert.Null(page.QuerySelector("[role=alert]"));
        Assert.Equal("Q1 2024 against 2023 · Syria", page.QuerySelector("#view-description")!.TextContent);
        foreach (var (metric, value) in new[] { ("operations", "28"), ("killed", "7"), ("detained", "27") })
        {
            var card = page.QuerySelector($"#card-{metric}")!;
            Assert.Equal(["2023", "Q1 2024"], card.QuerySelectorAll(".period-values dt").Select(dt => dt.TextContent));
            Assert.Equal(value, card.QuerySelector("[data-period='b'] .value")!.GetAttribute("data-value"));
        }

        Assert.Equal("SY", page.QuerySelector("#theatre option[selected]")!.GetAttribute("value"));
        Assert.Equal("2024-Q1", page.QuerySelector("input#b")!.GetAttribute("value"));
        Assert.Equal(["Defeat-ISIS operations · Syria", "ISIS operatives killed · Syria", "ISIS operatives detained · Syria"],
            page.Island("by-country").GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal([28m, 7m, 27m], page.IslandRows("by-country").Where(r => r.Series == "Q1 2024").Select(r => r.Value));
    }

    [Fact]
    public async Task The_page_has_no_inline_script_style_or_event_handler()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/");

        Assert.All(page.QuerySelectorAll("script"), s =>
            Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/json", s.OuterHtml[..Math.Min(120, s.OuterHtml.Length)]));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(page.QuerySelectorAll("script[type=module]"), s => s.GetAttribute("src")!.StartsWith("/js/charts.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/embed/charts/attacks")]
    public async Task The_modules_the_chart_script_imports_are_preloaded_with_it_at_fingerprinted_addresses(string url)
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync(url);
        var script = page.QuerySelectorAll("script[type=module]").Select(s => s.GetAttribute("src")!).Single(src => src.StartsWith("/js/charts.", StringComparison.Ordinal));
        var imports = System.Text.RegularExpressions.Regex.Matches(await client.GetStringAsync(script), @"moduleNamed\('([\w-]+)'\)")
            .Select(m => m.Groups[1].Value).Order().ToList();

        Assert.NotEmpty(imports);
        // The head names exactly what the script imports, at a fingerprinted address the script reads from it.
        var preloads = page.Head!.QuerySelectorAll("link[rel=modulepreload]").ToList();
        // Cached like the script itself (a published app sends both with a year's max-age and immutable).
        var scriptCaching = (await client.GetAsync(script)).Headers.CacheControl?.ToString();
        Assert.Equal(imports, preloads.Select(l => l.GetAttribute("data-module")!).Order());
        foreach (var link in preloads)
        {
            var name = link.GetAttribute("data-module")!;
            var href = link.GetAttribute("href")!;
            Assert.Matches($@"^/js/{name}\.\w+\.js$", href);
            var response = await client.GetAsync(href);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(scriptCaching, response.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task In_Arabic_the_islands_carry_the_direction_and_an_explicit_locale_for_the_charts()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?culture=ar");

        foreach (var chart in ChartIslands.Names)
        {
            var island = page.Island(chart);
            Assert.Equal("rtl", island.GetProperty("dir").GetString());
            Assert.Equal("ar-u-nu-latn", island.GetProperty("locale").GetString());
            Assert.Equal("غير مُبلَّغ عنه", island.GetProperty("notReported").GetString());
            Assert.Equal(page.IslandRows(chart), page.TableValues(chart));
        }

        Assert.Equal("الهجمات المتبنّاة: النصف الأول من 2024 مقارنةً بـ2023", page.Island("attacks").GetProperty("title").GetString());
        Assert.Contains("آخر المستويات المعروفة", page.Body!.TextContent);

        // The source line drawn under each chart (and into its PNG) names the publishers as the Arabic pages do.
        var sourceLine = page.Island("attacks").GetProperty("sourceLine").GetString()!;
        Assert.Contains("وكالة أسوشيتد برس", sourceLine);
        Assert.DoesNotContain("Associated Press", sourceLine);
        Assert.Contains("؛ ", sourceLine);
    }

    [Fact]
    public async Task Security_headers_forbid_inline_script()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("geolocation=()", response.Headers.GetValues("Permissions-Policy").Single());
        // No cookie, no sign-in: the page is the same for every reader of this address (see ConditionalGetTests).
        Assert.True(response.Headers.CacheControl is { Public: true }, "An anonymous page without a language cookie is shareable.");
    }

    [Fact]
    public async Task An_unknown_address_gets_a_page_that_says_so()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/no-such-page", 404);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Health_reports_the_database_reachable()
    {
        using var client = factory.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }
}
