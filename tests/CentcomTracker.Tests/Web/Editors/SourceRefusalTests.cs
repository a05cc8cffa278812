using Microsoft.EntityFrameworkCore;
using static CentcomTracker.Tests.Web.Editors.SourceEditingTests;

namespace CentcomTracker.Tests.Web.Editors;

/// <summary>Sources the forms refuse: a message beside the field, and the database unchanged.</summary>
public sealed class SourceRefusalTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    [Theory]
    [InlineData("Input.Source.Url", "ftp://example.org/x")]
    [InlineData("Input.Source.Url", "javascript:alert(1)")]
    [InlineData("Input.Source.Title", "")]
    [InlineData("Input.Source.Date", "2024-02-30")]
    [InlineData("Input.Source.Language", "english")]
    public async Task A_bad_source_is_refused_with_a_message_beside_the_field(string field, string typed)
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var before = await factory.CountsAsync();

        var form = await client.GetDocumentAsync("/sources/new");
        var values = Source("CENTCOM: operations in July 2024");
        values[field] = typed;
        var page = await (await client.SubmitAsync(form.MainForm(), values)).ReadDocumentAsync(200);

        Assert.NotEqual("", page.ErrorFor(field));
        Assert.Equal(typed, page.FieldValue(field));
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task A_too_long_reason_and_the_sources_own_errors_are_shown_together()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var id = await factory.QueryAsync(db => db.Sources.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var before = await factory.CountsAsync();

        var form = await client.GetDocumentAsync($"/sources/{id}/edit");
        var page = await (await client.SubmitAsync(form.MainForm(), new Dictionary<string, string>
        {
            ["Input.Reason"] = new string('r', 2001),
            ["Input.Source.Url"] = "ftp://example.org/x",
            ["Input.Source.Date"] = "2024-02-30",
        })).ReadDocumentAsync(200);

        Assert.NotEqual("", page.ErrorFor("Input.Reason"));
        Assert.NotEqual("", page.ErrorFor("Input.Source.Url"));
        Assert.NotEqual("", page.ErrorFor("Input.Source.Date"));
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task A_source_cannot_be_dated_before_a_period_one_of_its_figures_reports()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var latest = await factory.QueryAsync(db => db.Figures.AsNoTracking().OrderByDescending(f => f.PeriodStart).FirstAsync());
        var before = await factory.QueryAsync(db => db.Sources.AsNoTracking().SingleAsync(s => s.Id == latest.SourceId));
        var tooEarly = latest.PeriodStart.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var form = await client.GetDocumentAsync($"/sources/{latest.SourceId}/edit");
        var page = await (await client.SubmitAsync(form.MainForm(), new Dictionary<string, string> { ["Input.Source.Date"] = tooEarly }))
            .ReadDocumentAsync(200);

        var first = await factory.QueryAsync(db => db.Figures.AsNoTracking().Where(f => f.SourceId == latest.SourceId && f.PeriodStart == latest.PeriodStart)
            .MinAsync(f => f.Id));
        Assert.Contains($"Figure #{first} of this source", page.ErrorFor("Input.Source.Date"));
        Assert.Equal(tooEarly, page.FieldValue("Input.Source.Date"));
        Assert.Equal(before.Published, (await factory.QueryAsync(db => db.Sources.AsNoTracking().SingleAsync(s => s.Id == latest.SourceId))).Published);
    }

    [Fact]
    public async Task An_over_long_title_is_refused()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var before = await factory.CountsAsync();

        var form = await client.GetDocumentAsync("/sources/new");
        var page = await (await client.SubmitAsync(form.MainForm(), Source(new string('t', 401)))).ReadDocumentAsync(200);
        Assert.NotEqual("", page.ErrorFor("Input.Source.Title"));
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task A_second_copy_of_a_recorded_source_is_refused()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var existing = await factory.QueryAsync(db => db.Sources.AsNoTracking().OrderBy(s => s.Id).FirstAsync());
        var before = await factory.CountsAsync();

        var form = await client.GetDocumentAsync("/sources/new");
        var values = Source(existing.Title);
        values["Input.Source.Publisher"] = existing.Publisher;
        values["Input.Source.Date"] = existing.Published.Label;
        var page = await (await client.SubmitAsync(form.MainForm(), values)).ReadDocumentAsync(200);

        Assert.Contains($"source #{existing.Id}", page.ErrorFor("Input.Source.Title"));
        Assert.Equal(before, await factory.CountsAsync());
    }
}
