using System.Text;
using CentcomTracker.Web.Csv;
using CentcomTracker.Web.Data;

namespace CentcomTracker.Web.Commands;

/// <summary>
/// <c>export FILE</c> and <c>import FILE</c>: the figures CSV of the web app, for backups and scripted loads.
/// Arguments of the form <c>--Key=value</c> are configuration (read by the host), not file names.
/// </summary>
public static class CsvCommands
{
    public const string ExportUsage = "export FILE   (FILE - writes to standard output)";
    public const string ImportUsage = "import FILE";

    public const string ImportUser = "command-line import";

    public static async Task<int> ExportAsync(IServiceProvider services, string[] arguments, TextReader input, TextWriter output, TextWriter error)
    {
        var target = SingleFile(arguments);
        var db = services.GetRequiredService<TrackerDbContext>();
        var (csv, rows) = await FigureExport.ExportAsync(db);

        if (target == "-")
        {
            // Text, so that the caller's writer encodes it; the byte order mark comes along as U+FEFF, as in the file.
            await output.WriteAsync(new UTF8Encoding(false, true).GetString(csv));
            await output.FlushAsync();
            await error.WriteLineAsync(Message.Counted(rows, "Exported {0} figure.", "Exported {0} figures.", rows).ToString());
            return 0;
        }

        // Written beside the target and moved over it, so a failed export never leaves half a backup.
        var path = Path.GetFullPath(target);
        var temporary = path + ".partial";
        await File.WriteAllBytesAsync(temporary, csv);
        File.Move(temporary, path, overwrite: true);
        await output.WriteLineAsync(Message.Counted(rows, "Exported {0} figure to {1}.", "Exported {0} figures to {1}.", rows, path).ToString());
        return 0;
    }

    public static async Task<int> ImportAsync(IServiceProvider services, string[] arguments, TextReader input, TextWriter output, TextWriter error)
    {
        var path = Path.GetFullPath(SingleFile(arguments));
        if (!File.Exists(path))
        {
            throw new CommandException($"no such file: {path}");
        }

        if (new FileInfo(path).Length > FigureCsv.MaxCommandBytes)
        {
            await error.WriteLineAsync(FigureCsv.TooLarge(new FileInfo(path).Length, FigureCsv.MaxCommandBytes).ToString());
            return 1;
        }

        var file = await File.ReadAllBytesAsync(path);
        var db = services.GetRequiredService<TrackerDbContext>();
        var audit = services.GetRequiredService<AuditContext>();
        audit.ActAs(ImportUser);
        // The operator's tool (restores, bulk loads): applied at once, and the audit trail says it skipped review.
        audit.Reason = $"CSV import: {Path.GetFileName(path)} (applied by the operator without review)";
        var name = Path.GetFileName(path);
        var outcome = await FigureImport.CommitAsync(db, audit, file, name, FigureCsv.MaxCommandBytes);
        var plan = outcome.Plan;

        if (outcome.Committed is { } done)
        {
            await output.WriteLineAsync(done.CreatedFigures == 0
                ? $"Nothing to import from {name}: every row is already in the database."
                : $"Imported {name}. Figures created: {done.CreatedFigures}; sources created: {done.CreatedSources}; rows unchanged: {done.Unchanged}.");
            return 0;
        }

        foreach (var message in plan.FileErrors)
        {
            await error.WriteLineAsync($"{name}: {message}");
        }

        // The first problems, then a count: a wrong file fails with a screenful, not a line per row.
        var problems = plan.Rows.SelectMany(row => row.Problems.Select(problem => (row, problem)));
        foreach (var (row, problem) in problems.Take(ImportReport.MaxShown))
        {
            var kind = problem.IsConflict ? "conflict" : "error";
            await error.WriteLineAsync($"{name}: row {row.Number}{(problem.Column is null ? "" : $", {problem.Column}")}: {kind}: {problem.Message}");
        }

        if (plan.ProblemCount > ImportReport.MaxShown)
        {
            await error.WriteLineAsync(Message.Counted(plan.ProblemCount - ImportReport.MaxShown, "{0}: {1} more problem not shown ({2} in all).", "{0}: {1} more problems not shown ({2} in all).",
                name, plan.ProblemCount - ImportReport.MaxShown, plan.ProblemCount).ToString());
        }

        await error.WriteLineAsync(
            outcome.DatabaseChanged ? "Nothing was imported: the figures changed while importing. Run the import again."
            : plan.FileErrors.Count > 0 ? "Nothing was imported."
            : $"Nothing was imported. Rows with errors: {plan.Count(RowOutcome.Error)}; with conflicts: {plan.Count(RowOutcome.Conflict)}.");
        return 1;
    }

    private static string SingleFile(string[] arguments)
    {
        var files = arguments.Where(a => a == "-" || !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        return files.Count == 1 ? files[0] : throw new CommandException("give exactly one file.");
    }
}
