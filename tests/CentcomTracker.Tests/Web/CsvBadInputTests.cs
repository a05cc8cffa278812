using AngleSharp.Dom;
using System.Net;
using System.Text;
using CentcomTracker.Web.Csv;
using static CentcomTracker.Tests.Web.ImportPage;

namespace CentcomTracker.Tests.Web;

/// <summary>One seeded host and one editor for every bad file: none of them may change anything.</summary>
public sealed class ImportHost : IAsyncLifetime
{
    public TrackerFactory Factory { get; } = new();
    public HttpClient Editor { get; private set; } = null!;

    public async Task InitializeAsync() => Editor = await EditorClient.CreateAsync(Factory);

    public Task DisposeAsync()
    {
        Editor.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class CsvBadInputTests(ImportHost host) : IClassFixture<ImportHost>
{
    public static TheoryData<string, string[], int, string, string> BadRows => new()
    {
        { "negative value", [Row(value: "-5")], 2, "value", "cannot be negative" },
        { "non-numeric value", [Row(value: "twelve")], 2, "value", "\"twelve\" is not a whole number" },
        { "value with a thousands separator", [Row(value: "1,200")], 2, "value", "is not a whole number" },
        { "value over the bound", [Row(value: "99999999")], 2, "value", "beyond any plausible figure" },
        { "unknown metric", [Row(metric: "beheadings")], 2, "metric", "\"beheadings\" is not a metric" },
        { "unknown theatre", [Row(theatre: "XX")], 2, "theatre", "\"XX\" is not a theatre" },
        { "unknown qualifier", [Row(qualifier: "roughly")], 2, "qualifier", "\"roughly\" is not a qualifier" },
        { "malformed period", [Row(period: "June 2024")], 2, "period", "\"June 2024\" is not a period" },
        { "impossible period", [Row(period: "2024-06-31")], 2, "period", "June 2024 has 30 days; there is no day 31" },
        { "period that ends before it starts", [Row(period: "2024-06-30..2024-06-01")], 2, "period", "ends (2024-06-01) before it starts" },
        { "level over a span", [Row(metric: "camp-population", theatre: "SY", period: "2024-H1", value: "43000")], 2, "period", "A level is a quantity at a date" },
        { "period after the source's publication", [Row(period: "2024-08", date: "2024-07-05")], 2, "period", "begins after its source was published (2024-07-05)" },
        { "level as of a day after the source's publication", [Row(metric: "camp-population", theatre: "SY", period: "2024-07-06", value: "43000", date: "2024-07-05")], 2, "period", "begins after its source was published" },
        { "empty quote", [Row(quote: "")], 2, "quote", "Paste the exact sentence" },
        { "URL that is not http(s)", [Row(url: "ftp://example.org/june.pdf")], 2, "source_url", "must start with http:// or https://" },
        { "script URL", [Row(url: "javascript:alert(1)")], 2, "source_url", "must start with http:// or https://" },
        { "over-long quote", [Row(quote: new string('x', 4001))], 2, "quote", "Too long: 4,001 characters, the limit is 4,000" },
        { "over-long title", [Row(title: new string('t', 401))], 2, "source_title", "Too long: 401 characters, the limit is 400" },
        { "day-first source date", [Row(date: "05/07/2024")], 2, "source_date", "is not a publication date" },
        { "missing publisher", [Row(publisher: "")], 2, "source_publisher", "Enter the publisher" },
        { "row with too many columns", [Row() + ",surplus"], 2, "", "This row has 14 fields; the header has 13" },
        { "row with too few columns", ["operations,IQ,2024-06,12"], 2, "", "This row has 4 fields; the header has 13" },
        { "stray double quote", [Row(quote: "x").Replace(",x,", ",he said \"12\" ops,")], 2, "", "A double quote inside a value that does not start with one" },
        { "duplicate key inside the file", [Row(), Row(value: "13")], 3, "", "Same metric, theatre, period and source as row 2" },
        { "row after a blank line keeps its spreadsheet number", ["", Row(value: "-1")], 3, "value", "cannot be negative" },
        { "right-to-left override in a quote", [Row(quote: "In June, 12 \u202Eoperations.")], 2, "quote", "U+202E" },
        { "zero-width space in a title", [Row(title: "Test\u200B release")], 2, "source_title", "U+200B" },
        { "C1 next line in a note", [Row(note: "One\u0085two")], 2, "note", "U+0085" },
        { "C1 control sequence in a translation", [Row(translation: "\u009B31m في حزيران")], 2, "translation", "U+009B" },
        { "byte order mark inside a value", [Row(period: "2024-06\uFEFF")], 2, "period", "U+FEFF" },
        { "same source described two ways", [Row(), Row(theatre: "SY", url: "https://example.org/other")], 3, "source_url", "Row 2 names the same source" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_row_is_reported_with_its_row_column_and_message_and_nothing_changes(string problem, string[] rows, int row, string column, string message)
    {
        var before = await CountsAsync(host.Factory);

        var preview = await UploadAsync(host.Editor, Csv([Header, .. rows]), $"{problem}.csv");

        var reported = preview.PreviewRow(row);
        Assert.Equal("error", reported.GetAttribute("data-outcome"));
        Assert.Contains(reported.Problems(column), m => m.Contains(message, StringComparison.Ordinal));
        Assert.Null(preview.QuerySelector("#commit-form"));
        Assert.NotNull(preview.QuerySelector("#preview-problems"));
        Assert.Equal(before, await CountsAsync(host.Factory));
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty file", [], "The file is empty" },
        { "blank file", Encoding.UTF8.GetBytes("\r\n  \r\n"), "The file is empty" },
        { "only a byte order mark", [0xEF, 0xBB, 0xBF], "The file is empty" },
        { "header only", Csv(Header), "The file has a header but no rows of figures" },
        { "wrong header", Csv(Header.Replace("qualifier", "qualifer"), Row()), "Missing columns: qualifier." },
        { "header with an extra column", Csv(Header + ",comment", Row() + ",x"), "Unexpected columns: comment." },
        { "columns in another order", Csv(Header.Replace("metric,theatre", "theatre,metric"), Row()), "in another order" },
        { "no header", Csv(Row()), "The first row must be the header metric,theatre,period" },
        { "semicolons", Csv(Header.Replace(',', ';'), Row().Replace(',', ';')), "separated by semicolons (;), not commas" },
        { "tabs", Csv(Header.Replace(',', '\t'), Row().Replace(',', '\t')), "separated by tabs, not commas" },
        { "invalid UTF-8 bytes", [.. Csv(Header), .. "operations,IQ,2024-06,12,exact,Caf"u8, 0xE9, .. ",Pub,,2024-07-05,en,q,,\r\n"u8], "line 2 has bytes that are not UTF-8" },
        { "UTF-16 with a byte order mark", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text(Header, Row()))], "The file is UTF-16 text, not UTF-8" },
        { "UTF-16 without a byte order mark", Encoding.Unicode.GetBytes(Text(Header, Row())), "The file is UTF-16 text, not UTF-8" },
        { "UTF-16 big-endian without a byte order mark", Encoding.BigEndianUnicode.GetBytes(Text(Header, Row(quote: "في حزيران 12 عملية"))), "The file is UTF-16 text, not UTF-8" },
        { "UTF-32 with a byte order mark", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Text(Header, Row()))], "The file is UTF-32 text, not UTF-8" },
        { "UTF-32 without a byte order mark", Encoding.UTF32.GetBytes(Text(Header, Row())), "The file is UTF-32 text, not UTF-8" },
        { "a workbook saved instead of a CSV", [.. "PK\u0003\u0004\u0014\u0000\u0006\u0000"u8, .. Enumerable.Range(0, 600).Select(i => (byte)(i * 7))], "The file is not text" },
        { "a picture", [0x89, .. "PNG\r\n\u001A\n"u8, 0, 0, 0, 13, .. "IHDR"u8], "The file is not text" },
        { "binary data", [.. Enumerable.Range(0, 2000).Select(i => (byte)(i % 3 == 0 ? 0 : i * 31))], "The file is not text" },
        { "Arabic in Windows-1256", [.. Csv(Header), .. "operations,IQ,2024-06,12,exact,"u8, 0xC7, 0xE1, 0xDA, 0xD1, 0xC7, 0xE4, .. ",Pub,,2024-07-05,ar,q,,\r\n"u8], "Save it as \"CSV UTF-8\"" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_gets_a_clear_message_and_nothing_changes(string problem, byte[] file, string message)
    {
        var before = await CountsAsync(host.Factory);

        var preview = await UploadAsync(host.Editor, file, $"{problem}.csv");

        Assert.Contains(preview.FileErrors(), m => m.Contains(message, StringComparison.Ordinal));
        Assert.DoesNotContain(preview.FileErrors(), m => m.Contains('\0'));
        Assert.Null(preview.QuerySelector("#commit-form"));
        Assert.Equal(before, await CountsAsync(host.Factory));
    }

    [Fact]
    public async Task A_10_MB_file_is_refused_with_the_size_limit_not_an_error_page()
    {
        var before = await CountsAsync(host.Factory);
        var row = Encoding.UTF8.GetBytes(Row() + "\r\n");
        var file = Csv(Header).Concat(Enumerable.Repeat(row, 10 * 1024 * 1024 / row.Length + 1).SelectMany(r => r)).ToArray();
        Assert.True(file.Length > 10 * 1024 * 1024);

        var preview = await UploadAsync(host.Editor, file, "huge.csv");

        Assert.Contains(preview.FileErrors(), m => m.Contains("The file is 10.0 MB; the limit is 2 MB", StringComparison.Ordinal));
        Assert.Equal(before, await CountsAsync(host.Factory));
    }

    [Fact]
    public async Task A_50_MB_file_is_refused_with_the_size_limit_before_it_is_read()
    {
        var before = await CountsAsync(host.Factory);
        var file = new byte[50 * 1024 * 1024];
        var page = await host.Editor.GetDocumentAsync("/figures/import");
        var form = page.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("#upload-form")!;

        var response = await SubmitAsync(host.Editor, form, content => content.Add(new ByteArrayContent(file), "Input.File", "huge.csv"));

        var preview = await host.Editor.FollowAsync(response);
        Assert.Contains(preview.FileErrors(), m => m.Contains("The file is 50.0 MB; the limit is 2 MB", StringComparison.Ordinal));
        Assert.Equal(before, await CountsAsync(host.Factory));
    }

    [Fact]
    public async Task Posting_without_a_file_asks_for_one()
    {
        var page = await host.Editor.GetDocumentAsync("/figures/import");
        var response = await SubmitAsync(host.Editor, page.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("#upload-form")!);

        var preview = await response.ReadDocumentAsync();
        Assert.Contains(CsvText.NoFile, preview.FileErrors());
    }

    [Fact]
    public async Task A_figure_already_in_the_database_is_unchanged_when_equal_and_a_conflict_when_not()
    {
        var before = await CountsAsync(host.Factory);
        var export = Encoding.UTF8.GetString(await ExportAsync(host.Editor)).TrimStart('\uFEFF').Split("\r\n");
        var (header, iraqH1) = (export[0], export.Single(l => l.StartsWith("operations,IQ,2024-H1,137,exact,", StringComparison.Ordinal) && l.Contains("littleapplepost")));

        var same = await UploadAsync(host.Editor, Csv(header, iraqH1), "same.csv");
        Assert.Equal("unchanged", same.PreviewRow(2).GetAttribute("data-outcome"));
        Assert.NotNull(same.QuerySelector("#nothing-to-import"));
        Assert.Null(same.QuerySelector("#commit-form"));

        // 138 in the value and in its quote, since a value must be one its quote gives.
        var conflict = await UploadAsync(host.Editor, Csv(header, iraqH1.Replace("137", "138", StringComparison.Ordinal)), "conflict.csv");
        var row = conflict.PreviewRow(2);
        Assert.Equal("conflict", row.GetAttribute("data-outcome"));
        Assert.Contains(row.Problems("value"), m => m.Contains("already has this figure (same metric, theatre, period and source) as 137 (exact); this row says 138 (exact)"));
        Assert.Null(conflict.QuerySelector("#commit-form"));

        // The source is the same document (publisher, title, date); describing it differently is a conflict too.
        var source = await UploadAsync(host.Editor, Csv(header, iraqH1.Replace("https://littleapplepost.com/", "https://example.org/")), "source.csv");
        Assert.Equal("conflict", source.PreviewRow(2).GetAttribute("data-outcome"));
        Assert.Contains(source.PreviewRow(2).Problems("source_url"), m => m.Contains("already has this source"));

        Assert.Equal(before, await CountsAsync(host.Factory));
    }

    [Fact]
    public async Task Anonymous_and_analyst_requests_to_the_import_page_are_refused_and_the_export_is_public()
    {
        using var anonymous = host.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var request in new[]
        {
            new HttpRequestMessage(HttpMethod.Get, "/figures/import"),
            new HttpRequestMessage(HttpMethod.Post, "/figures/import?handler=Preview") { Content = new MultipartFormDataContent { { new ByteArrayContent(Csv(Header, Row())), "Input.File", "x.csv" } } },
            new HttpRequestMessage(HttpMethod.Post, "/figures/import?handler=Commit") { Content = new FormUrlEncodedContent([new("Input.Content", Convert.ToBase64String(Csv(Header, Row())))]) },
        })
        {
            var response = await anonymous.SendAsync(request);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
        }

        using var analyst = await EditorClient.CreateAsync(host.Factory, "analyst@example.org", role: null);
        var refused = await analyst.GetAsync("/figures/import");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);

        var export = await anonymous.GetAsync("/figures/export.csv");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", export.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Matches(@"^centcomtracker-figures-\d{4}-\d{2}-\d{2}\.csv$", export.Content.Headers.ContentDisposition.FileName!.Trim('"'));
    }
}
