namespace CentcomTracker.Web.Csv;

/// <summary>
/// Everything an import would do; it writes only when nothing is wrong with any row. It counts every row but keeps only
/// those a report can show (<see cref="Rows"/>): every row of a small file; of a larger one the first
/// <see cref="ImportReport.MaxShown"/> rows and the first <see cref="ImportReport.MaxShown"/> rows with a problem, in
/// file order. So a plan of 100,000 rows holds no record of each.
/// </summary>
public sealed record ImportPlan(string FileName, IReadOnlyList<CsvMessage> FileErrors, IReadOnlyList<PlannedRow> Rows, IReadOnlyList<NewSource> NewSources)
{
    public static ImportPlan Failed(string fileName, params CsvMessage[] errors) => new(fileName, errors, [], []);

    /// <summary>The rows of the file, blank lines left out.</summary>
    public int RowCount { get; init; }

    public int RowsWithProblems { get; init; }

    /// <summary>Every problem of every row: a row may have several.</summary>
    public int ProblemCount { get; init; }

    internal int[] Outcomes { get; init; } = new int[4];

    /// <summary>The figures to create, in file order; only in a plan made for a commit that can go ahead.</summary>
    internal IReadOnlyList<PendingFigure> Creates { get; init; } = [];

    public int Count(RowOutcome outcome) => Outcomes[(int)outcome];

    /// <summary>A file error, a row with an error or a conflict: then nothing is imported.</summary>
    public bool HasProblems => FileErrors.Count > 0 || Count(RowOutcome.Error) > 0 || Count(RowOutcome.Conflict) > 0;

    public bool CanCommit => !HasProblems && Count(RowOutcome.Create) > 0;
}
