using Microsoft.AspNetCore.OutputCaching;
using CentcomTracker.Web.Charts;
using CentcomTracker.Web.Data;
using CentcomTracker.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CentcomTracker.Web.Pages.Compare;

/// <summary>
/// Every metric in every theatre (or one theatre) for two periods, with how each value was obtained, its sources,
/// other sources' values and reconciliations. The canonical address is /compare/{a}/{b}?theatre=…; the form and any
/// other spelling of the same periods redirect there, so a shared link always reads the same.
/// </summary>
[OutputCache(PolicyName = FiguresCache.Policy)]
public sealed class IndexModel(TrackerDbContext db, ResolverCache resolvers, IStringLocalizer<ChartText> chartText) : PageModel
{
    public Wording Words { get; } = new(chartText);

    /// <summary>The baseline source chosen for A (a series key or source id), or null for the default.</summary>
    public string? Baseline { get; private set; }

    public const string DefaultA = "2023";
    public const string DefaultB = "2024-H1";

    /// <summary>What the visitor asked for, as typed, so the form can show it back with the problem next to it.</summary>
    public string AText { get; private set; } = DefaultA;
    public string BText { get; private set; } = DefaultB;
    public string TheatreText { get; private set; } = "";

    /// <summary>Problems by field (a, b, theatre), worded in English as the parser gives them; Arabic pages say it in Arabic.</summary>
    public Dictionary<string, Message> Errors { get; } = new(StringComparer.Ordinal);

    public Period A { get; private set; }
    public Period B { get; private set; }
    public TheatreRow? Theatre { get; private set; }
    public IReadOnlyList<TheatreRow> Theatres { get; private set; } = [];
    public IReadOnlyList<Section> Sections { get; private set; } = [];
    public Footnotes Footnotes { get; } = new();

    public sealed record Section(TheatreRow Theatre, IReadOnlyList<Row> Rows);

    public sealed record Row(MetricRow Metric, TheatreRow Theatre, Comparison Comparison);

    public async Task<IActionResult> OnGetAsync(string? a, string? b, string? theatre, string? baseline, CancellationToken cancellationToken)
    {
        Baseline = DashboardQuery.ReadBaseline(baseline);
        var vocabulary = await db.LoadVocabularyAsync(cancellationToken);
        Theatres = vocabulary.Theatres;

        if (string.IsNullOrWhiteSpace(a) && string.IsNullOrWhiteSpace(b))
        {
            return RedirectToPage(new { a = DefaultA, b = DefaultB, theatre = NullIfBlank(theatre), baseline = Baseline });
        }

        AText = a?.Trim() ?? "";
        BText = b?.Trim() ?? "";
        TheatreText = theatre?.Trim() ?? "";
        if (!Period.TryParseReadable(a, out var periodA, out var errorA)) Errors["a"] = errorA;
        if (!Period.TryParseReadable(b, out var periodB, out var errorB)) Errors["b"] = errorB;
        if (!string.IsNullOrWhiteSpace(theatre))
        {
            Theatre = vocabulary.FindTheatre(theatre);
            if (Theatre is null) Errors["theatre"] = new Message("\"{0}\" is not a theatre: use {1}.", TheatreText, string.Join(", ", Theatres.Select(t => t.Code)));
        }

        if (Errors.Count > 0)
        {
            // A page that explains the labels, with the form to fix them: the address was wrong, so 400, but a readable one.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        (A, B) = (periodA, periodB);
        if (!IsCanonical())
        {
            return RedirectToPage(new { a = A.Label, b = B.Label, theatre = Theatre?.Code, baseline = Baseline });
        }

        var resolver = await resolvers.GetAsync(db, cancellationToken);
        Sections = (Theatre is null ? Theatres : [Theatre])
            .Select(t => new Section(t, vocabulary.Metrics
                .Select(m => new Row(m, t, new Comparison(m.Kind, resolver.Resolve(m.Code, t.Code, A), resolver.Resolve(m.Code, t.Code, B), Baseline)))
                .ToList()))
            .ToList();

        // Footnotes are numbered in reading order: each row's A, then B, then what the notes column cites.
        foreach (var row in Sections.SelectMany(s => s.Rows))
        {
            Footnotes.For(row.Comparison.A);
            Footnotes.For(row.Comparison.B);
            foreach (var r in new[] { row.Comparison.A, row.Comparison.B })
            {
                if (r.LastKnown is { } last) Footnotes.For(last);
                foreach (var (_, alternative) in Alternatives(r)) Footnotes.For(alternative);
                foreach (var (_, reconciliation) in Reconciliations(r))
                {
                    foreach (var part in reconciliation.Sum.Parts) Footnotes.For(part);
                }

                foreach (var named in r.Inconsistencies.SelectMany(flag => flag.Named)) Footnotes.For(named);
            }
        }

        await Footnotes.LoadAsync(db, cancellationToken);
        return Page();
    }

    /// <summary>
    /// Other sources' values for a value, for its parts and for the parts of its reconciliations: a 2023 sum, and the
    /// January–July tally checked against its months, both show that another source gave 44 operations for June, not 37.
    /// </summary>
    public static IEnumerable<(Resolution? Part, Resolution Alternative)> Alternatives(Resolution r) =>
        r.Alternatives.Select(alt => (Part: (Resolution?)null, Alternative: alt))
            .Concat(r.Parts.Concat(r.Reconciliations.SelectMany(rec => rec.Sum.Parts))
                .SelectMany(p => p.Alternatives.Select(alt => (Part: (Resolution?)p, Alternative: alt))))
            .DistinctBy(x => (x.Part?.Theatre, x.Part?.Period, x.Alternative.Figures.FirstOrDefault()?.Id));

    /// <summary>
    /// The reconciliations of a value and of its parts (one level down), each with the part's period when it is one:
    /// a 2023 sum shows that February's reported 48 differs from Iraq 33 + Syria 17. A sum's reconciliation of a total
    /// reported inside its period (January–July's tally under 2023) is named by the sum it is checked against, whose
    /// period is that span; when the total is also a part (killed's tally) it is listed once.
    /// </summary>
    public static IEnumerable<(Resolution? Part, Reconciliation Reconciliation)> Reconciliations(Resolution r) =>
        r.Reconciliations.Select(rec => (rec.Period == r.Period ? (Resolution?)null : rec.Sum, rec))
            .Concat(r.Parts.SelectMany(p => p.Reconciliations.Select(rec => ((Resolution?)p, rec))))
            .DistinctBy(x => x.Item2);

    /// <summary>The query string of the same comparison in the API.</summary>
    public QueryString ApiQuery => QueryString.Create(new Dictionary<string, string?> { ["a"] = A.Label, ["b"] = B.Label, ["theatre"] = Theatre?.Code, ["baseline"] = Baseline }
        .Where(q => q.Value is not null));

    /// <summary>A row's comparison as the shared partial shows it; another baseline is this address with baseline= set.</summary>
    public ComparisonPanel Panel(Comparison comparison) => new(comparison, Words, Footnotes, TheatreName, key =>
        $"/compare/{Uri.EscapeDataString(A.Label)}/{Uri.EscapeDataString(B.Label)}" + QueryString.Create(
            new Dictionary<string, string?> { ["theatre"] = Theatre?.Code, ["baseline"] = key }.Where(q => q.Value is not null)));

    /// <summary>This comparison's address and its data bundle's, for "Cite this".</summary>
    public string CitePath => $"/compare/{A.Label}/{B.Label}" + (Theatre is null ? "" : QueryString.Create("theatre", Theatre.Code));

    public string BundlePath => $"/bundle/compare/{A.Label}/{B.Label}.zip" + (Theatre is null ? "" : QueryString.Create("theatre", Theatre.Code));

    public string TheatreName(string code) => Theatres.FirstOrDefault(t => t.Code == code)?.Name() ?? code;

    private bool IsCanonical() =>
        RouteData.Values["a"] as string == A.Label && RouteData.Values["b"] as string == B.Label
        && !Request.Query.ContainsKey("a") && !Request.Query.ContainsKey("b")
        && (Request.Query.TryGetValue("theatre", out var t) ? t.Count == 1 && t[0] == Theatre?.Code : Theatre is null)
        && (!Request.Query.TryGetValue("baseline", out var k) || (k.Count == 1 && k[0] == Baseline));

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
