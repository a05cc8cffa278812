using System.Text.RegularExpressions;
using System.Xml.Linq;
using CentcomTracker.Web.Domain;
using CentcomTracker.Web.Localization;

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

    [Fact]
    public void Every_message_of_the_input_rules_and_model_binding_has_an_Arabic_translation()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "CentcomTracker.Web");
        var shared = Translations(Path.Combine(web, "Resources", "Localization", "SharedResource.ar.resx"));
        var templates = Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => MessageTemplate().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: Regex.Unescape(m.Groups["key"].Value))))
            .ToList();

        // The patterns still find the messages: the input rules alone have more than twenty.
        Assert.True(templates.Count > 35, $"Only {templates.Count} messages found: are the patterns still right?");
        var missing = templates.Where(t => !shared.ContainsKey(t.Key)).Select(t => $"{t.File}: {t.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "No Arabic in Resources/Localization/SharedResource.ar.resx for:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void A_message_is_never_composed_by_interpolation_where_a_page_would_translate_it()
    {
        var domain = Path.Combine(RepositoryRoot(), "src", "CentcomTracker.Web", "Domain");
        var interpolated = Directory.EnumerateFiles(domain, "*.cs")
            .SelectMany(f => InterpolatedMessage().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Value}"))
            .ToList();
        Assert.True(interpolated.Count == 0, "Write a template and arguments instead:\n" + string.Join("\n", interpolated));
    }

    [Fact]
    public void Every_count_message_has_an_Arabic_form_for_each_plural_category()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "CentcomTracker.Web");
        var missing = new List<string>();
        var found = 0;

        // In a view, the page's own resource file.
        foreach (var view in Directory.EnumerateFiles(Path.Combine(web, "Pages"), "*.cshtml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(web, view);
            var resx = Path.Combine(web, "Resources", Path.ChangeExtension(relative, ".ar.resx"));
            var translated = File.Exists(resx) ? Translations(resx) : [];
            foreach (var other in PluralOthers(File.ReadAllText(view)))
            {
                found++;
                missing.AddRange(PluralRules.Categories("ar").Select(c => Plurals.Key(other, c)).Where(k => !translated.ContainsKey(k)).Select(k => $"{relative}: {k}"));
            }
        }

        // In C#, the resource file of the localizer it is given (EditorResource, ChartText…): one of them has every form.
        var all = Directory.EnumerateFiles(Path.Combine(web, "Resources"), "*.ar.resx", SearchOption.AllDirectories).Select(Translations).ToList();
        foreach (var code in Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (var other in PluralOthers(File.ReadAllText(code)))
            {
                found++;
                var keys = PluralRules.Categories("ar").Select(c => Plurals.Key(other, c)).ToList();
                if (!all.Any(t => keys.All(t.ContainsKey))) missing.Add($"{Path.GetFileName(code)}: {other}");
            }
        }

        Assert.True(found > 20, $"Only {found} count messages found: is the pattern still right?");
        Assert.True(missing.Count == 0, "No Arabic for:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_Arabic_translation_keeps_the_placeholders_of_its_English()
    {
        var resources = Path.Combine(RepositoryRoot(), "src", "CentcomTracker.Web", "Resources");
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(resources, "*.ar.resx", SearchOption.AllDirectories))
        {
            foreach (var (key, value) in Translations(file))
            {
                var expected = Placeholders(key);
                var actual = Placeholders(value);
                // Arabic says none, one and two in words (لا صفوف, صف واحد, صفّان): those forms may leave out the count.
                var numberInWords = NumberInWords().IsMatch(key) && actual.IsSubsetOf(expected) && expected.Count - actual.Count <= 1;
                if (!expected.SetEquals(actual) && !numberInWords)
                {
                    wrong.Add($"{Path.GetRelativePath(resources, file)}: \"{key}\" has {{{string.Join(", ", actual)}}}, expected {{{string.Join(", ", expected)}}}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static Dictionary<string, string> Translations(string resx) =>
        XDocument.Load(resx).Root!.Elements("data")
            .Where(d => !string.IsNullOrWhiteSpace(d.Element("value")?.Value))
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    private static IEnumerable<string> PluralOthers(string source) =>
        PluralCall().Matches(source).Select(m => Regex.Unescape(m.Groups["other"].Value));

    // Localizer.Plural(count, "one", "other", …) and text.Plural(…): the English of other is the root of the keys.
    [GeneratedRegex(@"\.Plural\([^"";{}\n]*?,\s*""(?:[^""\\]|\\.)*"",\s*""(?<other>(?:[^""\\]|\\.)*)""")]
    private static partial Regex PluralCall();

    [GeneratedRegex("_(zero|one|two)$")]
    private static partial Regex NumberInWords();

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    // new Message("…"), new FieldError("field", "…") and errors.Add(new("field", "…")): the English template.
    [GeneratedRegex(@"(?:new Message\(|new FieldError\(\s*""[a-z_]+"",\s*|errors\.Add\(new\(\s*(?:""[a-z_]+""|field),\s*)""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex MessageTemplate();

    [GeneratedRegex(@"(?:new Message\(|errors\.Add\(new\([^)]*?,\s*)\$""")]
    private static partial Regex InterpolatedMessage();

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
