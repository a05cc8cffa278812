using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CentcomTracker.Tests.Web.Editors;

public sealed class SourceEditingTests
{
    internal static Dictionary<string, string> Source(string title) => new()
    {
        ["Input.Source.Publisher"] = "Kurdistan24 (test)",
        ["Input.Source.Title"] = title,
        ["Input.Source.Url"] = "https://example.org/kurdistan24/operations",
        ["Input.Source.Date"] = "2024-08-02",
        ["Input.Source.Language"] = "en",
        ["Input.Source.Tier"] = "relay",
    };

    [Fact]
    public async Task An_editor_records_a_source_then_corrects_it_and_both_are_audited()
    {
        using var factory = new TrackerFactory();
        using var client = await factory.SignInAsync("editor@example.org");

        var form = await client.GetDocumentAsync("/sources/new");
        var created = await client.SubmitAsync(form.MainForm(), Source("CENTCOM: operations in July 2024"));
        var location = created.AssertRedirect("/figures?source=");
        var id = int.Parse(location.Split('=')[1]);
        var summary = await client.GetDocumentAsync(location);
        Assert.Equal($"/figures/release?source={id}", summary.QuerySelector("[role=status] a")!.GetAttribute("href"));

        var edit = await client.GetDocumentAsync($"/sources/{id}/edit");
        Assert.Equal("CENTCOM: operations in July 2024", edit.FieldValue("Input.Source.Title"));
        (await client.SubmitAsync(edit.MainForm(), new Dictionary<string, string>
        {
            ["Input.Source.Date"] = "2024-08-03",
            ["Input.Reason"] = "Date of the article, not of the release",
        })).AssertRedirect($"/figures?source={id}");

        var source = await factory.QueryAsync(db => db.Sources.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(("2024-08-03", SourceTier.Relay), (source.Published.Label, source.Tier));
        var entries = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AuditEntity.Source && a.EntityId == id).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([AuditAction.Create, AuditAction.Update], entries.Select(e => e.Action));
        Assert.Equal("2024-08-02", AuditSnapshots.ReadSource(entries[1].Before)!.Published);
        Assert.Equal("Date of the article, not of the release", entries[1].Reason);

        var audit = await client.GetDocumentAsync("/audit?entity=source");
        var newest = audit.QuerySelector("#audit tbody tr")!;
        Assert.Equal("Update", newest.GetAttribute("data-action"));
        Assert.Contains("Date of the article, not of the release", newest.Text());
        Assert.Contains("2 August 2024", newest.Text());
        Assert.Contains("3 August 2024", newest.Text());
    }

    [Fact]
    public async Task Two_editors_race_on_one_source_and_the_second_sees_the_first()
    {
        using var factory = new TrackerFactory();
        using var alice = await factory.SignInAsync("alice@example.org");
        using var bob = await factory.SignInAsync("bob@example.org");
        var id = await factory.QueryAsync(db => db.Sources.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());

        var aliceForm = await alice.GetDocumentAsync($"/sources/{id}/edit");
        var bobForm = await bob.GetDocumentAsync($"/sources/{id}/edit");
        (await alice.SubmitAsync(aliceForm.MainForm(), new Dictionary<string, string> { ["Input.Source.Note"] = "Alice's note" })).AssertRedirect();
        var refused = await (await bob.SubmitAsync(bobForm.MainForm(), new Dictionary<string, string> { ["Input.Source.Note"] = "Bob's note" })).ReadDocumentAsync(200);

        Assert.NotEqual("", refused.Summary());
        Assert.Equal("alice@example.org", refused.QuerySelector("#conflict")!.GetAttribute("data-saved-by"));
        Assert.Equal("Bob's note", refused.FieldValue("Input.Source.Note"));
        Assert.Equal("Alice's note", await factory.QueryAsync(db => db.Sources.Where(s => s.Id == id).Select(s => s.Note).SingleAsync()));
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == AuditEntity.Source && a.EntityId == id)));
    }
}
