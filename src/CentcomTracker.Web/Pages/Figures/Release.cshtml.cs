using CentcomTracker.Web.Pages.Sources;

namespace CentcomTracker.Web.Pages.Figures;

/// <summary>
/// "Enter a release": one source, one period and a grid of metrics × theatres, saved all or nothing. Counts take the
/// release's period, levels its "as of" day; every cell is checked by the same <see cref="InputRules"/> as CSV import.
/// </summary>
public sealed partial class ReleaseModel(TrackerDbContext db, ReviewQueue review, TimeProvider clock, IStringLocalizer<EditorResource> text, IStringLocalizer<SharedResource> rules, ILogger<ReleaseModel> logger) : PageModel
{
    public const string ExistingSource = "existing";
    public const string NewSource = "new";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<MetricRow> Metrics { get; private set; } = [];
    public IReadOnlyList<TheatreRow> Theatres { get; private set; } = [];
    public IReadOnlyList<SourceChoice> Sources { get; private set; } = [];

    /// <summary>The cells that offer the confirmation that the quote states the value in words (see the edit page).</summary>
    public HashSet<int> AsksConfirmation { get; } = [];

    public sealed class InputModel
    {
        public string? SourceChoice { get; set; } = ExistingSource;
        public int? SourceId { get; set; }
        public SourceFields NewSource { get; set; } = new();

        /// <summary>The period the release covers (counts): a month by default, or any period label.</summary>
        public string? Period { get; set; }

        /// <summary>The day the release's levels held ("as of"): usually the release's own date.</summary>
        public string? AsOf { get; set; }

        public List<CellInput> Cells { get; set; } = [];

        /// <summary>The release's text, pasted to fill the grid (see Release.Paste.cs).</summary>
        public string? Paste { get; set; }
    }

    public sealed class CellInput
    {
        public string? Metric { get; set; }
        public string? Theatre { get; set; }
        public string? Value { get; set; }
        public string? Qualifier { get; set; } = "exact";
        public string? Quote { get; set; }
        public string? Translation { get; set; }

        /// <summary>The editor's word that the quote states the value where the tracker cannot read it (a number in words).</summary>
        public bool ValueConfirmed { get; set; }

        // Set when the cell was filled from a pasted release: where the number is in the quote, the extractor's notes,
        // and whether the editor confirmed it.
        public int? MarkStart { get; set; }
        public int? MarkLength { get; set; }
        public string? Notes { get; set; }
        public bool Extracted { get; set; }
        public bool Confirmed { get; set; }

        public bool IsFilled => !string.IsNullOrWhiteSpace(Value) || !string.IsNullOrWhiteSpace(Quote) || !string.IsNullOrWhiteSpace(Translation);
    }

    public async Task OnGetAsync(int? source, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(source, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var lastMonth = today.AddMonths(-1);
        Input.Period = Period.Month(lastMonth.Year, lastMonth.Month).Label;
        Input.SourceId = Sources.Any(s => s.Id == source) ? source : null;
        Input.Cells = (from metric in Metrics from theatre in Theatres select new CellInput { Metric = metric.Code, Theatre = theatre.Code }).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(Input.SourceId, cancellationToken);

        // The grid comes back in the order it was drawn; a different grid means the vocabulary changed meanwhile (or
        // the post was forged), and values cannot be matched to cells safely.
        var grid = (from metric in Metrics from theatre in Theatres select ((string?)metric.Code, (string?)theatre.Code)).ToList();
        if (!grid.SequenceEqual(Input.Cells.Select(c => (c.Metric, c.Theatre))))
        {
            // Redraw the current grid, keeping what was typed in the cells that still exist.
            ModelState.Clear();
            Input.Cells = KeepTyped(Input.Cells);
            ModelState.AddModelError("", text["The list of metrics and theatres has changed since this form was opened. Nothing was saved: check the grid below, then save again."]);
            return Page();
        }

        RequireConfirmation();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The source: an existing one, or a new one checked by the same rules as /sources/new.
        Source? existing = null;
        InputRules.ValidSource? newSource = null;
        if (Input.SourceChoice == NewSource)
        {
            newSource = await Input.NewSource.CheckAsync(db, ModelState, "Input.NewSource", null, listed: true, rules, text, cancellationToken);
        }
        else
        {
            existing = Input.SourceId is { } id ? await db.Sources.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) : null;
            if (existing is null)
            {
                ModelState.AddModelError("Input.SourceId", text["Choose the source of this release, or describe a new one."]);
            }
        }

        // Every filled cell, checked as a figure: counts over the release's period, levels as of their day.
        var kinds = Metrics.Kinds();
        var theatreCodes = Theatres.Select(t => t.Code).ToList();
        var period = Input.Period ?? "";
        var asOf = Input.AsOf ?? "";
        var figures = new List<(int Cell, InputRules.ValidFigure Figure)>();
        var filled = Input.Cells.Select((cell, i) => (cell, i)).Where(c => c.cell.IsFilled).ToList();
        if (filled.Count == 0)
        {
            ModelState.AddModelError("", text["Enter at least one value."]);
        }

        foreach (var (cell, i) in filled)
        {
            var level = kinds[cell.Metric!] == MetricKind.Level;
            if (level && asOf.Length == 0)
            {
                AddOnce("Input.AsOf", text["A level holds at a date: enter the day the release's levels held (\"as of\"), e.g. 2024-07-16."]);
                continue;
            }

            var (valid, errors) = InputRules.CheckFigure(
                new InputRules.FigureInput(cell.Metric, cell.Theatre, level ? asOf : period, cell.Value, cell.Qualifier, cell.Quote, cell.Translation, null,
                    ValueConfirmed: cell.ValueConfirmed ? "true" : null),
                kinds, theatreCodes, existing?.Published ?? newSource?.Published);
            ModelState.AddFieldErrors(errors, $"Input.Cells[{i}]", rules, ("period", level ? "Input.AsOf" : "Input.Period"), ("value_confirmed", $"Input.Cells[{i}].ValueConfirmed"));
            if (cell.ValueConfirmed || errors.Any(e => FigureRules.IsQuoteError(e.Message)))
            {
                AsksConfirmation.Add(i);
            }

            if (valid is not null)
            {
                figures.Add((i, valid));
            }
        }

        // A figure the source already reports for the same metric, theatre and period: edit that one instead.
        if (existing is not null && figures.Count > 0)
        {
            var metrics = figures.Select(f => f.Figure.Metric).Distinct().ToList();
            var reported = await db.Figures.AsNoTracking()
                .Where(f => f.SourceId == existing.Id && metrics.Contains(f.MetricCode))
                .Select(f => new { f.Id, f.MetricCode, f.TheatreCode, f.PeriodStart, f.PeriodEnd })
                .ToListAsync(cancellationToken);
            foreach (var (cell, figure) in figures)
            {
                var duplicate = reported.FirstOrDefault(r => r.MetricCode == figure.Metric && r.TheatreCode == figure.Theatre
                    && r.PeriodStart == figure.Period.Start && r.PeriodEnd == figure.Period.End);
                if (duplicate is not null)
                {
                    ModelState.AddModelError($"Input.Cells[{cell}].Value",
                        text["This source already reports this figure for {0} (figure #{1}): correct that one instead.", figure.Period.Label, duplicate.Id]);
                }
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var source = existing ?? Source.From(newSource!);
        var added = figures.Select(f => Figure.From(f.Figure)).ToList();
        added.ForEach(figure => figure.Source = source);
        db.Figures.AddRange(added);
        var (saved, pending) = await review.SubmitAsync(cancellationToken);
        if (saved.Breach is { } breach)
        {
            // Another editor moved the source's date earlier between this page's check and its save.
            ModelState.AddModelError("", rules.Say(breach.Message));
            return Page();
        }

        if (!saved.Ok)
        {
            // Another editor saved the same figure (or source) between our check and our save: nothing of ours was kept.
            ModelState.AddModelError("", text["Another editor saved some of these figures a moment ago. Nothing was saved; reload the source's figures and check."]);
            return Page();
        }

        if (pending is not null)
        {
            logger.LogInformation("Release of {Count} figures proposed by {User} for review as batch {Batch}", added.Count, User.Identity?.Name, pending.Id);
            TempData[Editing.StatusMessage] = text.Plural(added.Count,
                "{0} figure from {1} awaits a second editor's approval; the dashboard and the API show it once approved.",
                "{0} figures from {1} await a second editor's approval; the dashboard and the API show them once approved.", Display.Number(added.Count), source.Title).Value;
            return Redirect($"/review#batch-{pending.Id}");
        }

        logger.LogInformation("Release saved by {User}: {Count} figures from source {SourceId} for {Period}", User.Identity?.Name, added.Count, source.Id, period);
        var counts = figures.Where(f => kinds[f.Figure.Metric] == MetricKind.Count).Select(f => f.Figure.Period).Distinct().ToList();
        TempData[Editing.StatusMessage] = text.Plural(added.Count,
            "Saved {0} figure from {1}. The dashboard and the API show it now.",
            "Saved {0} figures from {1}. The dashboard and the API show them now.", Display.Number(added.Count), source.Title).Value;
        if (counts.Count == 1)
        {
            TempData[Editing.StatusLinkUrl] = $"/?a={counts[0].Previous().Label}&b={counts[0].Label}";
            TempData[Editing.StatusLinkText] = text["Compare {0} with the period before on the dashboard", counts[0].Label].Value;
        }

        return Redirect($"/figures?source={source.Id}&sort=updated");
    }

    private void AddOnce(string key, string message)
    {
        if (!ModelState.TryGetValue(key, out var entry) || entry.Errors.All(e => e.ErrorMessage != message))
        {
            ModelState.AddModelError(key, message);
        }
    }

    private async Task LoadChoicesAsync(int? source, CancellationToken cancellationToken)
    {
        Metrics = await db.MetricChoicesAsync(cancellationToken);
        // The grid: the countries and their combination; sub-regions are rare enough for the single-figure form.
        Theatres = (await db.TheatreChoicesAsync(cancellationToken)).Where(t => t.Parent is null).ToList();
        Sources = await db.SourceChoicesAsync(source, cancellationToken);
    }
}
