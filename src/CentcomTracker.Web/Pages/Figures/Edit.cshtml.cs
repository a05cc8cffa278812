using System.ComponentModel.DataAnnotations;

namespace CentcomTracker.Web.Pages.Figures;

/// <summary>
/// Correcting one figure. The form carries the figure's Version: if another editor saved in between, the save is
/// refused, the other editor's value is shown, and what this editor typed stays in the form (no lost update).
/// </summary>
public sealed class EditModel(TrackerDbContext db, AuditContext audit, ReviewQueue review, IStringLocalizer<EditorResource> text, IStringLocalizer<SharedResource> rules, ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int Id { get; private set; }
    public IReadOnlyList<MetricRow> Metrics { get; private set; } = [];
    public IReadOnlyList<TheatreRow> Theatres { get; private set; } = [];
    public IReadOnlyList<SourceChoice> Sources { get; private set; } = [];

    /// <summary>
    /// Whether the form offers the confirmation that the quote states the value in words: once the value was refused
    /// for not being in its quote, or when ticked already. Never before, so accepting such a value is a decision.
    /// </summary>
    public bool AsksConfirmation { get; private set; }

    /// <summary>Set when another editor's save came first: what the figure holds now, and who saved it when.</summary>
    public FigureConflict? Conflict { get; private set; }

    public sealed class InputModel
    {
        public string? Metric { get; set; }
        public string? Theatre { get; set; }
        public string? Period { get; set; }
        public string? Value { get; set; }
        public string? Qualifier { get; set; }
        public int? SourceId { get; set; }
        public string? Quote { get; set; }
        public string? Translation { get; set; }
        public string? Note { get; set; }

        /// <summary>A maximum or record ("the peak of over 70,000 in 2019"), never carried forward as a level.</summary>
        public bool IsPeak { get; set; }

        /// <summary>The editor's word that the quote states the value where the tracker cannot read it (a number in words).</summary>
        public bool ValueConfirmed { get; set; }

        public Guid Version { get; set; }

        [PlainText]
        [StringLength(InputRules.MaxNote, ErrorMessage = ValidationMessages.MaxLength)]
        [Display(Name = "Reason for the change")]
        public string? Reason { get; set; }

        public InputRules.FigureInput ToRuleInput() => new(Metric, Theatre, Period, Value, Qualifier, Quote, Translation, Note, IsPeak ? "true" : null, ValueConfirmed ? "true" : null);

        public static InputModel From(Figure f) => new()
        {
            Metric = f.MetricCode, Theatre = f.TheatreCode, Period = f.Period.Label, Value = f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Qualifier = f.Qualifier.Code(), SourceId = f.SourceId, Quote = f.Quote, Translation = f.Translation, Note = f.Note, IsPeak = f.IsPeak, Version = f.Version,
        };
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var figure = await db.Figures.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (figure is null)
        {
            return RedirectToPage("/Figures/Details", new { id });
        }

        Id = id;
        Input = InputModel.From(figure);
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        await LoadChoicesAsync(cancellationToken);
        var figure = await db.Figures.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (figure is null)
        {
            Conflict = await FigureConflict.LoadAsync(db, id, cancellationToken);
            ModelState.AddModelError("", text["Another editor deleted this figure while you were editing it. Nothing was saved."]);
            return Page();
        }

        // Binding's errors (the reason's length or characters) do not stop the figure's own checks: every error shows
        // at once, rather than one more appearing on each save.
        var source = Sources.FirstOrDefault(s => s.Id == Input.SourceId);
        // A value and quote recorded together were accepted then (confirmed, or the quote gives the total the note
        // explains): correcting anything else does not ask for that confirmation again.
        var keepsRecorded = Input.Quote?.Trim() == figure.Quote
            && Digits.ToLatin(Input.Value?.Trim() ?? "") == figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var input = Input.ToRuleInput() with { ValueConfirmed = Input.ValueConfirmed || keepsRecorded ? "true" : null };
        var (valid, errors) = InputRules.CheckFigure(input, Metrics.Kinds(), Theatres.Select(t => t.Code).ToList(), source?.Published);
        ModelState.AddFieldErrors(errors, "Input", rules, ("peak", "Input.IsPeak"), ("value_confirmed", "Input.ValueConfirmed"));
        AsksConfirmation = Input.ValueConfirmed || errors.Any(e => FigureRules.IsQuoteError(e.Message));
        if (source is null || Input.SourceId is not { } sourceId)
        {
            ModelState.AddModelError("Input.SourceId", text["Choose the source that reported this figure."]);
            return Page();
        }

        if (valid is null)
        {
            return Page();
        }

        var duplicate = await db.Figures.AsNoTracking()
            .Where(f => f.Id != id && f.MetricCode == valid.Metric && f.TheatreCode == valid.Theatre && f.SourceId == sourceId
                && f.PeriodStart == valid.Period.Start && f.PeriodEnd == valid.Period.End)
            .Select(f => (int?)f.Id).FirstOrDefaultAsync(cancellationToken);
        if (duplicate is not null)
        {
            ModelState.AddModelError("Input.Period", text["This source already has a figure for this metric, theatre and period (figure #{0}): correct that one instead.", duplicate]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        figure.Apply(valid).SourceId = sourceId;
        if (db.Entry(figure).State == EntityState.Unchanged)
        {
            TempData[Editing.StatusMessage] = text["Nothing changed: the figure already held these values."].Value;
            return RedirectToPage("/Figures/Details", new { id });
        }

        db.ExpectVersion(figure, Input.Version);
        audit.Reason = Input.Reason;
        var (saved, pending) = await review.SubmitAsync(cancellationToken);
        if (saved.Conflict)
        {
            Conflict = await FigureConflict.LoadAsync(db, id, cancellationToken);
            logger.LogInformation("Edit of figure {FigureId} by {User} refused: saved by someone else meanwhile", id, User.Identity?.Name);
            if (Conflict.Current is { } current)
            {
                // The next save is a deliberate decision to replace the other editor's value, made with it in view.
                ModelState.Remove("Input.Version");
                Input.Version = current.Version;
            }

            ModelState.AddModelError("", Conflict.Message(text));
            return Page();
        }

        if (saved.Duplicate is { } duplicateKey)
        {
            ModelState.AddFieldErrors([duplicateKey], "Input", rules);
            return Page();
        }

        if (saved.Breach is { } breach)
        {
            // Another editor moved the source's date earlier between this page's check and its save.
            ModelState.AddFieldErrors([new FieldError("period", breach.Message)], "Input", rules);
            return Page();
        }

        logger.LogInformation("Figure {FigureId} changed by {User}", id, User.Identity?.Name);
        TempData[Editing.StatusMessage] = pending is null
            ? text["Saved. The dashboard and the API show the new value now."].Value
            : text["Your change awaits a second editor's approval; the dashboard and the API show the current value until then."].Value;
        return RedirectToPage("/Figures/Details", new { id });
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Metrics = await db.MetricChoicesAsync(cancellationToken);
        Theatres = await db.TheatreChoicesAsync(cancellationToken);
        Sources = await db.SourceChoicesAsync(Input.SourceId, cancellationToken);
    }
}
