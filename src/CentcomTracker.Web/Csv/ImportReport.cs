namespace CentcomTracker.Web.Csv;

/// <summary>
/// How much of an import plan is shown (the preview page) or printed (the command): every row of a
/// small file; of a large one the first <see cref="MaxShown"/> rows with a problem (or, when none has one, the first rows), then counts.
/// A wrong 50 MB file answers with a page and a screenful, not with every one of its errors.
/// </summary>
public static class ImportReport
{
    public const int MaxShown = 100;

    /// <remarks>The plan keeps the rows this needs (see <see cref="ImportPlan.Rows"/>), not every row of a large file.</remarks>
    public static IReadOnlyList<PlannedRow> ShownRows(ImportPlan plan) =>
        plan.RowCount <= MaxShown ? plan.Rows
        : (plan.HasProblems ? plan.Rows.Where(r => r.Problems.Count > 0) : plan.Rows).Take(MaxShown).ToList();

    /// <summary>Rows of the same kind as <see cref="ShownRows"/> that are left out.</summary>
    public static int HiddenRows(ImportPlan plan) =>
        plan.RowCount <= MaxShown ? 0
        : (plan.HasProblems ? plan.RowsWithProblems : plan.RowCount) - MaxShown;

    public static IReadOnlyList<NewSource> ShownSources(ImportPlan plan) => plan.NewSources.Take(MaxShown).ToList();
}
