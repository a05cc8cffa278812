using CentcomTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using static CentcomTracker.Tests.Web.Editors.ReleaseTests;

namespace CentcomTracker.Tests.Web.Editors;

/// <summary>Bad input on the release form: a message beside the field, the form as typed, and the database unchanged.</summary>
public sealed class ReleaseRefusalTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    public static TheoryData<string, string, string, string, string> BadCells() => new()
    {
        // metric, theatre, field typed, value typed, the field whose message must say so
        { "operations", "IQ", "Value", "-5", "Value" },
        { "operations", "IQ", "Value", "seventy", "Value" },
        { "operations", "IQ", "Value", "20000000", "Value" },
        { "operations", "IQ", "Quote", "", "Quote" },
        { "operations", "IQ", "Quote", new string('x', 4001), "Quote" },
        { "operations", "IQ", "Qualifier", "roughly", "Qualifier" },
    };

    [Theory]
    [MemberData(nameof(BadCells))]
    public async Task A_bad_cell_is_refused_with_a_message_beside_it_and_nothing_is_saved(string metric, string theatre, string field, string typed, string errorField)
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var before = await factory.CountsAsync();
        var form = await client.GetDocumentAsync("/figures/release");

        var values = ValidRelease(form);
        values[Cell(form, metric, theatre, field)] = typed;
        var page = await (await client.SubmitAsync(form.MainForm(), values)).ReadDocumentAsync(200);

        Assert.NotEqual("", page.ErrorFor(Cell(page, metric, theatre, errorField)));
        Assert.NotEqual("", page.Summary());
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Equal("", page.ErrorFor(Cell(page, "operations", "SY", "Value")));
        // The form keeps what was typed, the good cells and the new source included (a list keeps only its own choices).
        if (field != "Qualifier")
        {
            Assert.Equal(typed, page.FieldValue(Cell(page, metric, theatre, field)));
        }

        Assert.Equal("30", page.FieldValue(Cell(page, "operations", "SY", "Value")));
        Assert.Equal("US Central Command (test)", page.FieldValue("Input.NewSource.Publisher"));
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Theory]
    [InlineData("Input.Period", "2024-13")]
    [InlineData("Input.Period", "2024-Q5")]
    [InlineData("Input.Period", "2023-02-29")]
    [InlineData("Input.NewSource.Url", "ftp://example.org/release.pdf")]
    [InlineData("Input.NewSource.Url", "javascript:alert(1)")]
    [InlineData("Input.NewSource.Date", "2024-07-32")]
    [InlineData("Input.NewSource.Title", "")]
    public async Task A_bad_period_or_source_is_refused_with_a_message_beside_it(string field, string typed)
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var before = await factory.CountsAsync();
        var form = await client.GetDocumentAsync("/figures/release");

        var values = ValidRelease(form);
        values[field] = typed;
        var page = await (await client.SubmitAsync(form.MainForm(), values)).ReadDocumentAsync(200);

        Assert.NotEqual("", page.ErrorFor(field));
        Assert.Equal(typed, page.FieldValue(field));
        Assert.Equal("70", page.FieldValue(Cell(page, "operations", "IQ", "Value")));
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task A_level_given_a_span_is_refused_beside_the_as_of_date()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var before = await factory.CountsAsync();
        var form = await client.GetDocumentAsync("/figures/release");

        var values = NewSource();
        values["Input.Period"] = "2024-H1";
        values["Input.AsOf"] = "2024-H1";
        values[Cell(form, "camp-population", "SY", "Value")] = "43000";
        values[Cell(form, "camp-population", "SY", "Quote")] = "more than 43,000 (test value)";
        var page = await (await client.SubmitAsync(form.MainForm(), values)).ReadDocumentAsync(200);

        Assert.NotEqual("", page.ErrorFor("Input.AsOf"));
        Assert.Equal(before, await factory.CountsAsync());

        values["Input.AsOf"] = "";
        page = await (await client.SubmitAsync(form.MainForm(), values)).ReadDocumentAsync(200);
        Assert.NotEqual("", page.ErrorFor("Input.AsOf"));
        Assert.Equal(before, await factory.CountsAsync());
    }

    // A source published on 2026-12-02 cannot report January 2027, nor a level as of a later day; December 2026 has begun.
    [Theory]
    [InlineData("2027-01", "", "Input.Period")]
    [InlineData("2026-12-03..2026-12-31", "", "Input.Period")]
    [InlineData("2026-11", "2027-01-15", "Input.AsOf")]
    public async Task A_period_that_begins_after_the_source_was_published_is_refused_beside_it(string period, string asOf, string errorField)
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var before = await factory.CountsAsync();
        var form = await client.GetDocumentAsync("/figures/release");

        var values = ValidRelease(form, period);
        values["Input.NewSource.Date"] = "2026-12-02";
        if (asOf.Length > 0)
        {
            values["Input.AsOf"] = asOf;
            values[Cell(form, "camp-population", "SY", "Value")] = "43000";
            values[Cell(form, "camp-population", "SY", "Quote")] = "more than 43,000 (test value)";
        }

        var page = await (await client.SubmitAsync(form.MainForm(), values)).ReadDocumentAsync(200);
        Assert.NotEqual("", page.ErrorFor(errorField));
        Assert.Equal("70", page.FieldValue(Cell(page, "operations", "IQ", "Value")));
        Assert.Equal(before, await factory.CountsAsync());

        // The same release for the month the source was published in is accepted.
        values["Input.Period"] = "2026-12";
        values["Input.AsOf"] = "2026-12-02";
        values["Input.NewSource.Title"] = $"Release of 2 December 2026 {Guid.NewGuid():N}";
        (await client.SubmitAsync(form.MainForm(), values)).AssertRedirect();
    }

    [Fact]
    public async Task A_period_after_the_publication_of_an_existing_source_is_refused()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var before = await factory.CountsAsync();
        var source = await factory.QueryAsync(db => db.Sources.AsNoTracking().OrderBy(s => s.Id).FirstAsync());
        var form = await client.GetDocumentAsync("/figures/release");

        var values = ValidRelease(form, source.Published.End.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        values["Input.SourceChoice"] = "existing";
        values["Input.SourceId"] = source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var page = await (await client.SubmitAsync(form.MainForm(), values)).ReadDocumentAsync(200);

        Assert.NotEqual("", page.ErrorFor("Input.Period"));
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task A_figure_the_source_already_reports_is_refused_on_its_cell()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var before = await factory.CountsAsync();
        var (s4, existing) = await factory.QueryAsync(async db =>
        {
            var figure = await db.Figures.SingleAsync(f => f.MetricCode == "operations" && f.TheatreCode == "IQ" && f.Value == 66);
            return (figure.SourceId, figure.Id);
        });

        var form = await client.GetDocumentAsync("/figures/release");
        var page = await (await client.SubmitAsync(form.MainForm(), new Dictionary<string, string>
        {
            ["Input.SourceId"] = s4.ToString(),
            ["Input.Period"] = "2024-Q1",
            [Cell(form, "operations", "IQ", "Value")] = "67",
            [Cell(form, "operations", "IQ", "Quote")] = "In Iraq, 67 partnered operations (test value).",
            [Cell(form, "operations", "SY", "Value")] = "29",
            [Cell(form, "operations", "SY", "Quote")] = "In Syria, 29 operations (test value).",
        })).ReadDocumentAsync(200);

        Assert.Contains($"figure #{existing}", page.ErrorFor(Cell(page, "operations", "IQ", "Value")));
        Assert.NotEqual("", page.ErrorFor(Cell(page, "operations", "SY", "Value")));
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task An_empty_grid_or_no_source_is_refused()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var before = await factory.CountsAsync();
        var form = await client.GetDocumentAsync("/figures/release");

        var page = await (await client.SubmitAsync(form.MainForm())).ReadDocumentAsync(200);
        Assert.NotEqual("", page.Summary());
        Assert.NotEqual("", page.ErrorFor("Input.SourceId"));
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task A_new_source_that_is_already_recorded_is_refused()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var before = await factory.CountsAsync();
        var form = await client.GetDocumentAsync("/figures/release");
        var s4 = await factory.QueryAsync(db => db.Sources.SingleAsync(s => s.Title.StartsWith("Defeat ISIS Mission in Iraq and Syria for January through March 2024")));

        var values = ValidRelease(form);
        values["Input.NewSource.Title"] = s4.Title;
        values["Input.NewSource.Publisher"] = s4.Publisher;
        values["Input.NewSource.Date"] = s4.Published.Label;
        var page = await (await client.SubmitAsync(form.MainForm(), values)).ReadDocumentAsync(200);

        Assert.Contains($"source #{s4.Id}", page.ErrorFor("Input.NewSource.Title"));
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task A_grid_that_does_not_match_the_vocabulary_is_redrawn_and_nothing_is_saved()
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var before = await factory.CountsAsync();
        var form = await client.GetDocumentAsync("/figures/release");

        var values = ValidRelease(form);
        values["Input.Cells[0].Metric"] = "made-up-metric";
        var page = await (await client.SubmitAsync(form.MainForm(), values)).ReadDocumentAsync(200);

        Assert.NotEqual("", page.Summary());
        Assert.Equal(27, page.QuerySelectorAll("fieldset.release-cell").Length);
        Assert.Equal("70", page.FieldValue(Cell(page, "operations", "IQ", "Value")));
        Assert.Equal(before, await factory.CountsAsync());
    }
}
