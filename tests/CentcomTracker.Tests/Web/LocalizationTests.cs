using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CentcomTracker.Tests.Web;

/// <summary>Every text a page passes through the localizer has its Arabic in the page's resource file.</summary>
public sealed partial class LocalizationTests
{
    [Fact]
    public void Every_localized_text_in_the_pages_has_an_Arabic_translation()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "CentcomTracker.Web");
        var missing = new List<string>();
        foreach (var view in Directory.EnumerateFiles(Path.Combine(web, "Pages"), "*.cshtml", SearchOption.AllDirectories))
        {
            var keys = LocalizerKey().Matches(File.ReadAllText(view))
                .Select(m => Regex.Unescape(m.Groups["key"].Value))
                .Distinct()
                .ToList();
            if (keys.Count == 0) continue;

            var relative = Path.GetRelativePath(web, view);
            var resx = Path.Combine(web, "Resources", Path.ChangeExtension(relative, ".ar.resx"));
            var translated = File.Exists(resx)
                ? XDocument.Load(resx).Root!.Elements("data")
                    .Where(d => !string.IsNullOrWhiteSpace(d.Element("value")?.Value))
                    .Select(d => d.Attribute("name")!.Value).ToHashSet()
                : [];
            missing.AddRange(keys.Where(k => !translated.Contains(k)).Select(k => $"{relative}: {k}"));
        }

        Assert.True(missing.Count == 0, "No Arabic for:\n" + string.Join("\n", missing));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CentcomTracker.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("CentcomTracker.sln not found above " + AppContext.BaseDirectory);
    }

    // Localizer["text"], Localizer["text", args] and Localizer.GetString("text"...): the key is the first string literal.
    [GeneratedRegex(@"Localizer(?:\.GetString\(|\[)\s*""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerKey();
}
