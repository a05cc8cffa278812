using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CentcomTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CentcomTracker.Tests.Web;

/// <summary>Drives /figures/import as a browser would: the real upload form, then the real commit form.</summary>
public static class ImportPage
{
    public const string Header = "metric,theatre,period,value,qualifier,source_title,source_publisher,source_url,source_date,source_language,quote,translation,note";

    /// <summary>
    /// A row for a test source that is not in the seed data, with the given fields replaced. Its quote, unless given,
    /// states the row's value ("In June, 12 partnered operations were conducted in Iraq."), as every quote must.
    /// </summary>
    public static string Row(
        string metric = "operations", string theatre = "IQ", string period = "2024-06", string value = "12", string qualifier = "exact",
        string title = "Test release for June 2024", string publisher = "Test publisher", string url = "https://example.org/june-2024",
        string date = "2024-07-05", string language = "en", string? quote = null,
        string translation = "", string note = "") =>
        string.Join(",", new[] { metric, theatre, period, value, qualifier, title, publisher, url, date, language,
            quote ?? $"In June, {value} partnered operations were conducted in Iraq.", translation, note }.Select(Quote));

    public static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(Text(lines));

    /// <summary>The lines as the text of a CSV file (CRLF after each), to be encoded as a test needs.</summary>
    public static string Text(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    /// <summary>GETs the page, fills the upload form with <paramref name="file"/> and submits it; returns the preview.</summary>
    public static async Task<IHtmlDocument> UploadAsync(HttpClient editor, byte[] file, string fileName = "figures.csv")
    {
        var page = await editor.GetDocumentAsync("/figures/import");
        var form = page.QuerySelector<IHtmlFormElement>("#upload-form")!;
        Assert.Equal("multipart/form-data", form.Enctype);
        var fileInput = form.QuerySelector<IHtmlInputElement>("input[type=file]")!;
        var response = await SubmitAsync(editor, form, content =>
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            content.Add(part, fileInput.Name!, fileName);
        });
        return await response.ReadDocumentAsync();
    }

    /// <summary>Submits the preview's commit form; the response is the redirect after a successful import.</summary>
    public static Task<HttpResponseMessage> CommitAsync(HttpClient editor, IHtmlDocument preview)
    {
        var form = preview.QuerySelector<IHtmlFormElement>("#commit-form");
        Assert.True(form is not null, "The preview has no commit form:\n" + Html.Excerpt(preview.Body!.TextContent));
        return SubmitAsync(editor, form!);
    }

    /// <summary>Posts a form's fields (hidden inputs and the antiforgery token included) as its enctype says.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, IHtmlFormElement form, Action<MultipartFormDataContent>? addFiles = null)
    {
        var content = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]").Where(i => i.Type != "file"))
        {
            content.Add(new StringContent(input.Value), input.Name!);
        }

        addFiles?.Invoke(content);
        return client.PostAsync(form.Action, content);
    }

    /// <summary>The preview's row with that spreadsheet row number.</summary>
    public static IElement PreviewRow(this IHtmlDocument preview, int number)
    {
        var row = preview.QuerySelector($"#import-rows tr[data-row='{number}']");
        Assert.True(row is not null, $"The preview has no row {number}:\n{Html.Excerpt(preview.Body!.TextContent)}");
        return row!;
    }

    /// <summary>The messages a preview row shows for a column.</summary>
    public static IReadOnlyList<string> Problems(this IElement row, string column) =>
        row.QuerySelectorAll($"li[data-column='{column}']").Select(li => li.Text()).ToList();

    public static IReadOnlyList<string> FileErrors(this IHtmlDocument preview) =>
        preview.QuerySelectorAll("#file-errors li").Select(li => li.Text()).ToList();

    /// <summary>Figures, sources and audit entries: what an import must leave alone when it fails.</summary>
    public static async Task<(int Figures, int Sources, int Audit)> CountsAsync(TrackerFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        return (await db.Figures.CountAsync(), await db.Sources.CountAsync(), await db.AuditEntries.CountAsync());
    }

    public static async Task<byte[]> ExportAsync(HttpClient client)
    {
        var response = await client.GetAsync("/figures/export.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
