using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CentcomTracker.Tests.Web.Editors;

/// <summary>Every piece of text on the editors' pages has its Arabic in the page's resource file.</summary>
public sealed partial class TranslationTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private static readonly string[] EditorViews = ["Pages/Account", "Pages/Figures", "Pages/Sources", "Pages/Audit", "Pages/Annotations", "Pages/Shared/_AuditChanges.cshtml", "Pages/Shared/_SourceFields.cshtml", "Pages/Shared/_FormErrors.cshtml"];

    private static string WebProject()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CentcomTracker.sln"))) folder = folder.Parent;
        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Repository root not found"), "src", "CentcomTracker.Web");
    }

    private static HashSet<string> ResourceKeys(string path) => File.Exists(path)
        ? XDocument.Load(path).Root!.Elements("data").Where(d => !string.IsNullOrWhiteSpace(d.Element("value")?.Value)).Select(d => d.Attribute("name")!.Value).ToHashSet()
        : [];

    private static IEnumerable<string> Keys(Regex pattern, string text) =>
        pattern.Matches(text).Select(m => m.Groups[1].Value.Replace("\\\"", "\""));

    [Fact]
    public void Every_text_of_the_editors_pages_has_an_Arabic_translation()
    {
        var web = WebProject();
        var missing = new List<string>();
        var checkedTexts = 0;
        var views = EditorViews.SelectMany(p => Directory.Exists(Path.Combine(web, p))
            ? Directory.GetFiles(Path.Combine(web, p), "*.cshtml")
            : [Path.Combine(web, p)]);
        foreach (var view in views)
        {
            var relative = Path.GetRelativePath(web, view);
            var resource = Path.Combine(web, "Resources", Path.ChangeExtension(relative, null) + ".ar.resx");
            var translated = ResourceKeys(resource);
            checkedTexts += Keys(ViewText(), File.ReadAllText(view)).Count();
            missing.AddRange(Keys(ViewText(), File.ReadAllText(view)).Where(k => !translated.Contains(k)).Select(k => $"{relative}: {k}"));
        }

        // Messages the page models compose in C# (IStringLocalizer<EditorResource>).
        var editorResource = ResourceKeys(Path.Combine(web, "Resources", "Forms", "EditorResource.ar.resx"));
        foreach (var model in EditorViews.Where(p => !p.EndsWith(".cshtml")).SelectMany(p => Directory.GetFiles(Path.Combine(web, p), "*.cs")))
        {
            missing.AddRange(Keys(CodeText(), File.ReadAllText(model)).Where(k => !editorResource.Contains(k)).Select(k => $"{Path.GetFileName(model)}: {k}"));
        }

        Assert.True(checkedTexts > 100, $"Only {checkedTexts} texts found: is the pattern still right?");
        Assert.True(missing.Count == 0, "Without Arabic:\n" + string.Join("\n", missing));
    }

    [Theory]
    [InlineData("/figures/release", "إدخال بيان")]
    [InlineData("/figures", "الأرقام")]
    [InlineData("/audit", "التعديلات")]
    [InlineData("/sources/new", "مصدر جديد")]
    public async Task The_editors_pages_speak_Arabic(string url, string heading)
    {
        using var client = await factory.SignInAsync(Browser.NewEditorEmail());
        var page = await client.GetDocumentAsync(url + "?culture=ar");
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal(heading, page.QuerySelector("h1")!.Text());
    }

    [GeneratedRegex(@"Localizer\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex ViewText();

    [GeneratedRegex(@"\btext\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex CodeText();
}
