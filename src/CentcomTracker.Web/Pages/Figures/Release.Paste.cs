using System.Globalization;
using CentcomTracker.Web.Domain;
using CentcomTracker.Web.Domain.Extraction;
using Microsoft.AspNetCore.Mvc;

namespace CentcomTracker.Web.Pages.Figures;

/// <summary>
/// "Paste the release": the release's text is read by <see cref="ReleaseExtractor"/> and the grid filled from its
/// candidates, each filled cell showing its sentence with the number marked and a box the editor ticks to confirm
/// it (or corrects it, or clears it); saving refuses a filled-in candidate nobody confirmed. Server-side, so it
/// works without script. The release's period is the one most of its counts share; candidates for another period,
/// a cell found twice, and numbers that could not be placed are listed under the box, never dropped silently.
/// </summary>
public sealed partial class ReleaseModel
{
    /// <summary>What the last paste found that the grid does not show, for the view; null when nothing was pasted.</summary>
    public PasteOutcome? Pasted { get; private set; }

    public sealed record LeftOut(CandidateFigure Candidate, string Reason);

    /// <summary>A sentence and where its number is, for the view to mark it.</summary>
    public sealed record MarkedQuote(string Quote, int Start, int Length)
    {
        public bool IsValid => Start >= 0 && Length > 0 && Start + Length <= Quote.Length;
    }

    /// <summary>What a paste found; the lists hold the first <see cref="QuoteWindow.MaxListed"/> of each, the counts all.</summary>
    public sealed record PasteOutcome(int Found, int Filled, IReadOnlyList<LeftOut> LeftOut, int LeftOutCount, IReadOnlyList<UnplacedNumber> Unplaced, int UnplacedCount);

    public const string OtherPeriod = "other-period";
    public const string NotInGrid = "not-in-grid";
    public const string SameCell = "same-cell";

    public async Task<IActionResult> OnPostPasteAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(Input.SourceId, cancellationToken);
        ModelState.Clear(); // nothing is being saved: the grid's own checks wait for "Save the release"
        var pasted = Input.Paste ?? "";
        if (string.IsNullOrWhiteSpace(pasted))
        {
            ModelState.AddModelError("Input.Paste", text["Paste the release's text first."]);
        }
        else if (pasted.Length > ReleaseExtractor.MaxLength)
        {
            ModelState.AddModelError("Input.Paste", text.Plural(ReleaseExtractor.MaxLength, "The text is too long to read at once ({0} character at most): paste one release.",
                "The text is too long to read at once ({0} characters at most): paste one release.", ReleaseExtractor.MaxLength));
        }

        var (published, title) = Publication();
        if (published is null)
        {
            ModelState.AddModelError("Input.Paste", text["Choose the release's source first (or describe it with its date): the periods the text leaves relative, such as \"last month\", are read from its publication date."]);
        }

        if (!ModelState.IsValid)
        {
            // Nothing was read, so nothing in the grid changes: every value and quote typed there comes back as posted.
            Input.Cells = KeepTyped(Input.Cells);
            return Page();
        }

        Fill(ReleaseExtractor.Extract(pasted, published!.Value, title), published.Value);
        return Page();
    }

    /// <summary>A filled cell that came from a paste must be confirmed (or corrected and confirmed, or cleared) before it is saved.</summary>
    private void RequireConfirmation()
    {
        for (var i = 0; i < Input.Cells.Count; i++)
        {
            if (Input.Cells[i] is { Extracted: true, Confirmed: false, IsFilled: true })
            {
                ModelState.AddModelError($"Input.Cells[{i}].Confirmed", text["Confirm this figure from the pasted release, correct it, or clear it."]);
            }
        }
    }

    private (Period? Published, string? Title) Publication()
    {
        if (Input.SourceChoice == NewSource)
        {
            return (Period.TryParse(Input.NewSource.Date, out var period) ? period : null, Input.NewSource.Title);
        }

        return Sources.FirstOrDefault(s => s.Id == Input.SourceId) is { } source ? (source.Published, source.Title) : (null, null);
    }

    private List<CellInput> EmptyGrid() =>
        (from metric in Metrics from theatre in Theatres select new CellInput { Metric = metric.Code, Theatre = theatre.Code }).ToList();

    /// <summary>
    /// The current grid with the posted cells in it: the posted grid itself when it is the one drawn, else the cells
    /// that still exist (the vocabulary changed meanwhile, or the post was forged) and blank ones for the new.
    /// </summary>
    private List<CellInput> KeepTyped(List<CellInput> posted)
    {
        var typed = posted.GroupBy(c => (c.Metric, c.Theatre)).ToDictionary(g => g.Key, g => g.First());
        return EmptyGrid().Select(cell => typed.GetValueOrDefault((cell.Metric, cell.Theatre)) ?? cell).ToList();
    }

    private void Fill(ExtractionResult result, Period published)
    {
        var kinds = Metrics.ToDictionary(m => m.Code, m => m.Kind);
        Input.Cells = EmptyGrid();
        var counts = result.Candidates.Where(c => kinds.GetValueOrDefault(c.Metric) == MetricKind.Count).ToList();
        var period = counts.GroupBy(c => c.Period).OrderByDescending(g => g.Count()).Select(g => (Period?)g.Key).FirstOrDefault();
        if (period is { } releasePeriod) Input.Period = releasePeriod.Label;
        if (result.Candidates.Any(c => kinds.GetValueOrDefault(c.Metric) == MetricKind.Level)) Input.AsOf = published.Label;

        var leftOut = new List<LeftOut>();
        var filled = 0;
        foreach (var candidate in result.Candidates)
        {
            var index = Input.Cells.FindIndex(c => c.Metric == candidate.Metric && c.Theatre == candidate.Theatre);
            var level = kinds.GetValueOrDefault(candidate.Metric) == MetricKind.Level;
            var reason = index < 0 ? NotInGrid
                : level ? (candidate.Period.Label == Input.AsOf ? null : OtherPeriod)
                : candidate.Period == period ? null : OtherPeriod;
            reason ??= Input.Cells[index].Extracted ? SameCell : null;
            if (reason is not null)
            {
                leftOut.Add(new LeftOut(candidate, reason));
                continue;
            }

            var cell = Input.Cells[index];
            cell.Value = candidate.Value.ToString(CultureInfo.InvariantCulture);
            cell.Qualifier = candidate.Qualifier.Code();
            cell.Quote = candidate.Quote;
            cell.MarkStart = candidate.Number.Start - candidate.Sentence.Start;
            cell.MarkLength = candidate.Number.Length;
            cell.Notes = string.Join(' ', candidate.Notes);
            cell.Extracted = true;
            filled++;
        }

        Pasted = new PasteOutcome(result.Candidates.Count, filled, leftOut.Take(QuoteWindow.MaxListed).ToList(), leftOut.Count,
            result.Unplaced.Take(QuoteWindow.MaxListed).ToList(), result.Unplaced.Count);
    }
}
