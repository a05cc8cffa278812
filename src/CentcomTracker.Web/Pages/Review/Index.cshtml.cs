using System.Security.Claims;
using System.ComponentModel.DataAnnotations;
using CentcomTracker.Web.Domain.Extraction;
using static CentcomTracker.Web.Data.AuditSnapshots;

namespace CentcomTracker.Web.Pages.Review;

/// <summary>
/// Four eyes: pending batches of changes, newest first, each approved or rejected by an editor other than its author.
/// The refusal of one's own batch is checked on the server (<see cref="ReviewQueue"/>), not only by hiding buttons.
/// </summary>
public sealed class IndexModel(TrackerDbContext db, ReviewQueue queue, IStringLocalizer<EditorResource> text, ILogger<IndexModel> logger) : PageModel
{
    /// <summary>Batches and changes shown at once: an import can propose thousands of rows.</summary>
    public const int MaxBatches = 50;
    public const int MaxChangesShown = 100;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public long Batch { get; set; }

        [PlainText]
        [StringLength(InputRules.MaxNote, ErrorMessage = ValidationMessages.MaxLength)]
        [Display(Name = "Reason for rejecting")]
        public string? RejectReason { get; set; }
    }

    /// <summary>
    /// One proposed change; <c>Fields</c> lists every field a correction changes, and everything a new source holds.
    /// <c>QuoteGives</c> is set when the proposed figure's quote does not give its value as the tracker reads it: the
    /// numbers it does give (none, perhaps), for the reviewer to check before approving.
    /// </summary>
    public sealed record ChangeView(ProposedChange Change, FigureSnapshot? Before, FigureSnapshot? After, SourceSnapshot? NewSource, string? SourceTitle,
        IReadOnlyList<AuditChange> Fields)
    {
        public IReadOnlyList<string>? QuoteGives { get; } = After is { } figure && QuotedNumbers.Read(figure.Quote) is var numbers && !numbers.Any(n => n.Value == figure.Value)
            ? numbers.Select(n => n.Written).Distinct().ToList()
            : null;
    }

    public sealed record BatchView(ReviewBatch Batch, bool Own, int ChangeCount, IReadOnlyList<ChangeView> Changes);

    public IReadOnlyList<BatchView> Pending { get; private set; } = [];
    public int PendingTotal { get; private set; }
    public IReadOnlyList<ReviewBatch> Decided { get; private set; } = [];
    public bool Required => queue.Required;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        var (outcome, breach) = await queue.ApproveAsync(Input.Batch, cancellationToken);
        logger.LogInformation("Approval of review batch {Batch} by {User}: {Outcome}", Input.Batch, User.Identity?.Name, outcome);
        return await DecidedAsync(outcome, text["Approved: the changes are public now."], cancellationToken, breach);
    }

    public async Task<IActionResult> OnPostRejectAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.RejectReason))
        {
            ModelState.AddModelError("Input.RejectReason", text["Say why you reject this change: its author will read it."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var outcome = await queue.RejectAsync(Input.Batch, Input.RejectReason!, cancellationToken);
        logger.LogInformation("Rejection of review batch {Batch} by {User}: {Outcome}", Input.Batch, User.Identity?.Name, outcome);
        return await DecidedAsync(outcome, text["Rejected: no figure was changed."], cancellationToken);
    }

    private async Task<IActionResult> DecidedAsync(ReviewOutcome outcome, string done, CancellationToken cancellationToken, PublicationBreach? breach = null)
    {
        if (outcome == ReviewOutcome.Done)
        {
            TempData[Editing.StatusMessage] = done;
            return RedirectToPage();
        }

        ModelState.AddModelError("", outcome switch
        {
            ReviewOutcome.OwnChange => text["You cannot approve or reject your own change: another editor must review it."],
            ReviewOutcome.AlreadyDecided => text["This change has already been approved or rejected."],
            ReviewOutcome.ChangedMeanwhile => text["A figure in this change was edited or deleted after it was proposed. Nothing was applied: reject it, and enter the change again on the figure as it is now."],
            ReviewOutcome.Duplicate => text["This source already has a figure for one of these metrics, theatres and periods. Nothing was applied: reject the change, or correct that figure."],
            ReviewOutcome.SourceGone => text["The source of a figure in this change no longer exists. Nothing was applied."],
            ReviewOutcome.PeriodAfterPublication when breach is { FigureId: { } figure } => text[
                "Approving this change would leave figure #{0} reporting {1}, which begins after its source's date ({2}): a source cannot report a period that had not begun. Nothing was applied: reject the change, or correct the figure or the source's date first.",
                figure, Display.Period(breach.Period), Display.Period(breach.Published)],
            ReviewOutcome.PeriodAfterPublication when breach is not null => text[
                "Approving this change would leave a new figure for {0} in {1} reporting {2}, which begins after its source's date ({3}): a source cannot report a period that had not begun. Nothing was applied: reject the change, or correct the source's date first.",
                Display.Isolate(breach.Metric), Display.Isolate(breach.Theatre), Display.Period(breach.Period), Display.Period(breach.Published)],
            _ => text["This change no longer exists."],
        });
        Response.StatusCode = outcome == ReviewOutcome.OwnChange ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var pending = db.ReviewBatches.AsNoTracking().Where(b => b.State == ReviewState.Pending);
        PendingTotal = await pending.CountAsync(cancellationToken);
        var batches = await pending.OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id).Take(MaxBatches).ToListAsync(cancellationToken);
        var ids = batches.Select(b => b.Id).ToList();
        var changes = await db.ProposedChanges.AsNoTracking().Where(c => ids.Contains(c.BatchId) && c.Seq < MaxChangesShown)
            .OrderBy(c => c.Seq).ToListAsync(cancellationToken);
        var counts = await db.ProposedChanges.AsNoTracking().Where(c => ids.Contains(c.BatchId))
            .GroupBy(c => c.BatchId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var views = changes.Select(c => (Change: c, Before: ReadFigure(c.EntityType == AuditEntity.Figure ? c.Before : null),
            After: c.EntityType == AuditEntity.Figure ? ReadFigure(c.After) : null, Source: c.EntityType == AuditEntity.Source ? ReadSource(c.After) : null)).ToList();
        var sourceIds = views.SelectMany(v => new[] { v.Before?.SourceId, v.Change.SourceRef is null ? v.After?.SourceId : null }).OfType<int>().Distinct().ToList();
        var named = await db.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => (s.Publisher, s.Title), cancellationToken);
        var titles = named.ToDictionary(s => s.Key, s => s.Value.Title);
        var names = await AuditNames.LoadAsync(db, named.ToDictionary(s => s.Key, s => AuditNames.SourceName(s.Value.Publisher, s.Value.Title)), cancellationToken);
        IReadOnlyList<AuditChange> FieldsOf(ProposedChange c) =>
            c.Action == AuditAction.Update || c.EntityType == AuditEntity.Source ? names.Of(c.EntityType, c.Before, c.After) : [];
        var user = User.FindFirstValue(ClaimTypes.NameIdentifier);
        Pending = batches.Select(b =>
        {
            var own = views.Where(v => v.Change.BatchId == b.Id).ToList();
            return new BatchView(b, b.IsAuthor(user, User.Identity?.Name), counts.GetValueOrDefault(b.Id), own.Select(v => new ChangeView(v.Change, v.Before, v.After, v.Source,
                v.Change.SourceRef is { } seq ? own.FirstOrDefault(o => o.Change.Seq == seq).Source?.Title
                : titles.GetValueOrDefault((v.After ?? v.Before)?.SourceId ?? 0), FieldsOf(v.Change))).ToList());
        }).ToList();
        Decided = await db.ReviewBatches.AsNoTracking().Where(b => b.State != ReviewState.Pending)
            .OrderByDescending(b => b.ReviewedAt).ThenByDescending(b => b.Id).Take(MaxBatches).ToListAsync(cancellationToken);
    }
}
