using CentcomTracker.Tests.Web.Editors;
using CentcomTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Tests.Web.Provenance;

/// <summary>Edits and deletions made through the editors' real forms, on seed data dated in the past.</summary>
internal static class History
{
    public static readonly DateTime SeededAt = new(2024, 7, 1, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>The seed as if loaded on 1 July 2024, so "yesterday" sees it and not today's edits.</summary>
    public static Task BackdateSeedAsync(TrackerFactory factory) => factory.QueryAsync(async db =>
    {
        await db.Sources.ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedAt, SeededAt));
        return await db.Figures.ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedAt, SeededAt));
    });

    /// <summary>The label of the latest numbered change (<c>v0</c> before any), as a permalink pins it.</summary>
    public static async Task<string> LatestVersionAsync(TrackerFactory factory) =>
        $"v{await factory.QueryAsync(db => db.Revisions.MaxAsync(r => (long?)r.Id)) ?? 0}";

    /// <summary>The address pins exactly <paramref name="version"/> (not v12 for v1).</summary>
    public static void AssertPinned(string version, string url) => Assert.Matches($"[?&]asof={version}(&|#|$)", url);

    public static string Yesterday => DateTime.UtcNow.Date.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task EditValueAsync(HttpClient editor, int figureId, long value)
    {
        var form = await editor.GetDocumentAsync($"/figures/{figureId}/edit");
        (await editor.SubmitAsync(form.MainForm(), new Dictionary<string, string>
        {
            ["Input.Value"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Quote"] = FigureEditingTests.QuoteGiving(form, value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ["Input.Reason"] = "Corrected against the release",
        })).AssertRedirect();
    }

    public static async Task DeleteAsync(HttpClient editor, int figureId)
    {
        var form = await editor.GetDocumentAsync($"/figures/{figureId}/delete");
        (await editor.SubmitAsync(form.MainForm(), new Dictionary<string, string> { ["Input.Reason"] = "Entered twice" })).AssertRedirect();
    }

    /// <summary>
    /// The seed dated in the past, then Iraq's 66 operations corrected to 67 today through the editors' form: yesterday
    /// sees 66, today 67. Returns the figure.
    /// </summary>
    public static async Task<Figure> CorrectedTodayAsync(TrackerFactory factory)
    {
        await BackdateSeedAsync(factory);
        using var editor = await factory.SignInAsync("editor@example.org");
        var figure = await FigureAsync(factory, "operations", "IQ", 66);
        await EditValueAsync(editor, figure.Id, 67);
        return figure;
    }

    public static Task<Figure> FigureAsync(TrackerFactory factory, string metric, string theatre, long value) =>
        FigureEditingTests.SeedFigureAsync(factory, metric, theatre, value);
}
