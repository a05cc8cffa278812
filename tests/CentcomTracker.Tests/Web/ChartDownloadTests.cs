using System.Globalization;
using System.Net;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Tests.Web;

public sealed class ChartDownloadTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    public static TheoryData<string, string> Charts()
    {
        var data = new TheoryData<string, string>();
        foreach (var chart in ChartIslands.Names)
        {
            data.Add(chart, "a=2023&b=2024-H1&theatre=IQ%2BSY");
            data.Add(chart, "a=2023&b=2024-Q1&theatre=SY");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public async Task The_CSV_of_a_chart_has_exactly_the_rows_of_its_table(string chart, string query)
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?" + query);
        var href = page.QuerySelector($"#panel-{chart} a[href^='/charts/']")!.GetAttribute("href")!;
        Assert.Equal($"/charts/{chart}.csv?{query}", href);

        var response = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition.FileName!.Trim('"'));

        var (headers, rows) = Read(await response.Content.ReadAsByteArrayAsync());
        foreach (var column in new[] { "category", "series", "value", "qualifier", "as_written", "period", "how", "figure_ids", "source_ids", "sources", "source_urls", "quotes" })
        {
            Assert.Contains(column, headers);
        }

        var table = page.TableRows(chart);
        Assert.Equal(page.TableValues(chart), rows.Select(r => new ChartRow(r["category"], r["series"],
            r["value"].Length == 0 ? null : decimal.Parse(r["value"], CultureInfo.InvariantCulture))));
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(table[i].QuerySelector("td.row-value span")!.TextContent, rows[i]["as_written"]);
            // Every reported value names the figures and sources behind it; a value nobody reported names none.
            Assert.Equal(rows[i]["value"].Length > 0, rows[i]["figure_ids"].Length > 0);
            Assert.Equal(rows[i]["value"].Length > 0, rows[i]["quotes"].Length > 0);
        }
    }

    [Theory]
    [InlineData("a=2023&b=2024-H1&theatre=IQ%2BSY")]
    [InlineData("a=2023&b=2024-H1&theatre=IQ")]
    public async Task A_chart_keeps_the_notes_on_the_figures_behind_each_value_in_its_CSV_and_its_list_of_quotes(string query)
    {
        // Iraq's monthly operations in spring 2023 come from releases whose quotes give only the Iraq-and-Syria total.
        var notes = await factory.QueryAsync(db => db.Figures.Where(f => f.Note != null).ToDictionaryAsync(f => f.Id, f => f.Note!));
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/?" + query);
        var cited = 0;
        foreach (var chart in ChartIslands.Names)
        {
            var (_, rows) = Read(await client.GetByteArrayAsync($"/charts/{chart}.csv?{query}"));
            foreach (var row in rows.Where(r => r["figure_ids"].Length > 0))
            {
                foreach (var id in row["figure_ids"].Split(';').Select(int.Parse).Where(notes.ContainsKey))
                {
                    Assert.Contains(notes[id], row["notes"]);
                    cited++;
                }
            }

            // The chart's own list of sources and quotes says the same under each quote it shows.
            Assert.All(page.QuerySelectorAll($"#panel-{chart} .chart-source-list .figure-note").Select(n => n.Text()), note =>
            {
                Assert.StartsWith("Note: ", note, StringComparison.Ordinal);
                Assert.Contains(note["Note: ".Length..], notes.Values);
            });
        }

        Assert.True(cited > 0, "no chart cites a figure with a note");
        Assert.Contains(page.QuerySelectorAll(".chart-source-list .figure-note"), n => n.Text().Contains("Iraq-and-Syria total", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_attacks_CSV_names_its_sources_and_quotes()
    {
        using var client = factory.CreateClient();
        var (_, rows) = Read(await client.GetByteArrayAsync("/charts/attacks.csv"));

        var ap = rows[0];
        Assert.Equal("121", ap["value"]);
        Assert.Equal("exact", ap["qualifier"]);
        Assert.Equal("2023", ap["period"]);
        Assert.Contains("Associated Press", ap["sources"]);
        Assert.Contains("121 attacks in Syria and Iraq in 2023", ap["quotes"]);

        var bbc = rows[1];
        Assert.Equal("alternative", bbc["kind"]);
        Assert.Equal("253", bbc["value"]);
        Assert.Equal("334/365", bbc["coverage_days"]);

        var pace = rows[3];
        Assert.Equal("pace", pace["kind"]);
        Assert.Equal("306", pace["value"]);
        Assert.Contains("153 × 12 ÷ 6", pace["how"]);
    }

    [Fact]
    public async Task An_unknown_chart_is_not_found()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/charts/nope.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("There is no chart \"nope\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("a=garbage", "Parameter \"a\": \"garbage\" is not a period")]
    [InlineData("b=2024-H7", "Parameter \"b\": \"2024-H7\" is not a period: a year has two halves")]
    [InlineData("theatre=XX", "Parameter \"theatre\": \"XX\" is not one of IQ+SY, IQ, SY.")]
    [InlineData("trend=camp-population", "Parameter \"trend\"")]
    public async Task A_download_with_a_bad_parameter_is_refused_with_a_plain_message(string query, string message)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/charts/attacks.csv?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    internal static (IReadOnlyList<string> Headers, IReadOnlyList<Dictionary<string, string>> Rows) Read(byte[] csv)
    {
        using var reader = CsvReader.Create(csv);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h) ?? ""));
        }

        return (reader.Headers.ToList(), rows);
    }
}
