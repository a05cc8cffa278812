using CentcomTracker.Web.Csv;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CentcomTracker.Web.Pages.Figures;

/// <summary>
/// CSV import: upload, preview (writes nothing), commit all or nothing. The bytes travel back in the commit form, so
/// the server keeps no state between the two; the commit checks them again against the database as it is then.
/// </summary>
[Authorize(Policy = Policies.Editor)]
// Uploads up to this size are read and refused with a message; larger ones are refused from their length, unread.
[RefuseLargeUploads(MaxRequestBytes)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes, ValueLengthLimit = MaxRequestBytes)]
public sealed class ImportModel(TrackerDbContext db, AuditContext audit, ReviewQueue review, ILogger<ImportModel> logger) : PageModel
{
    private const int MaxRequestBytes = 32 * 1024 * 1024;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public IFormFile? File { get; set; }

        /// <summary>The uploaded file, base64, posted back by the commit form.</summary>
        public string? Content { get; set; }

        public string? FileName { get; set; }
    }

    public ImportPlan? Plan { get; private set; }

    /// <summary>The file, base64, for the commit form.</summary>
    public string? UploadedContent { get; private set; }

    /// <summary>A commit was refused: the rows now have problems, or the figures changed while importing.</summary>
    public bool CommitRefused { get; private set; }

    public bool DatabaseChanged { get; private set; }

    [TempData]
    public string? ImportedFile { get; set; }

    [TempData]
    public int ImportedFigures { get; set; }

    [TempData]
    public int ImportedSources { get; set; }

    [TempData]
    public int UnchangedRows { get; set; }

    /// <summary>The import awaits a second editor's approval (see /review).</summary>
    [TempData]
    public bool ImportPending { get; set; }

    /// <summary>The codes a file may use, for the format help: (code, name in the page's language).</summary>
    public IReadOnlyList<(string Code, string Name)> Metrics { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Theatres { get; private set; } = [];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var vocabulary = await db.LoadVocabularyAsync(HttpContext.RequestAborted);
        Metrics = vocabulary.Metrics.Select(m => (m.Code, m.Name())).ToList();
        Theatres = vocabulary.Theatres.Select(t => (t.Code, t.Name())).ToList();
        await next();
    }

    /// <summary><paramref name="tooLarge"/>: the size of an upload refused unread (<see cref="RefuseLargeUploadsAttribute"/>).</summary>
    public void OnGet([FromQuery(Name = RefuseLargeUploadsAttribute.Query)] long? tooLarge)
    {
        if (tooLarge > FigureCsv.MaxUploadBytes)
        {
            Plan = ImportPlan.Failed("", FigureCsv.TooLarge(tooLarge.Value, FigureCsv.MaxUploadBytes));
        }
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (Input.File is not { } upload)
        {
            Plan = ImportPlan.Failed("", CsvMessage.Of(CsvText.NoFile));
            return Page();
        }

        var name = FileNameOf(upload.FileName);
        if (upload.Length > FigureCsv.MaxUploadBytes)
        {
            Plan = ImportPlan.Failed(name, FigureCsv.TooLarge(upload.Length, FigureCsv.MaxUploadBytes));
            return Page();
        }

        using var buffer = new MemoryStream((int)upload.Length);
        await upload.CopyToAsync(buffer, cancellationToken);
        var file = buffer.ToArray();
        Plan = await FigureImport.PlanAsync(db, file, name, FigureCsv.MaxUploadBytes, cancellationToken);
        UploadedContent = Convert.ToBase64String(file);
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(CancellationToken cancellationToken)
    {
        var name = FileNameOf(Input.FileName);
        var file = new byte[(Input.Content?.Length ?? 0) * 3 / 4];
        if (Input.Content is null || !Convert.TryFromBase64String(Input.Content, file, out var length))
        {
            Plan = ImportPlan.Failed(name, CsvMessage.Of(CsvText.Damaged));
            return Page();
        }

        var outcome = await FigureImport.CommitAsync(db, audit, file.AsMemory(0, length), name, FigureCsv.MaxUploadBytes, cancellationToken, review);
        if (outcome.Committed is { } done)
        {
            logger.LogInformation("{User} imported {File}: {Figures} figures and {Sources} sources created, {Unchanged} rows unchanged",
                User.Identity?.Name, name, done.CreatedFigures, done.CreatedSources, done.Unchanged);
            (ImportedFile, ImportedFigures, ImportedSources, UnchangedRows, ImportPending) = (name, done.CreatedFigures, done.CreatedSources, done.Unchanged, done.Pending);
            return RedirectToPage();
        }

        Plan = outcome.Plan;
        UploadedContent = Input.Content;
        CommitRefused = true;
        DatabaseChanged = outcome.DatabaseChanged;
        return Page();
    }

    /// <summary>The name without any folder (some browsers send a whole path), short enough for the audit reason.</summary>
    private static string FileNameOf(string? uploaded)
    {
        var name = (uploaded ?? "").Split('/', '\\')[^1].Trim();
        return name.Length == 0 ? "upload.csv" : name.Length <= 200 ? name : name[..200];
    }
}
