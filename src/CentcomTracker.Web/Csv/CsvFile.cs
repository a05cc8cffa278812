namespace CentcomTracker.Web.Csv;

/// <summary>
/// A file as read: file-level errors (nothing else is checked when there are any), or its rows, read from the file
/// each time they are enumerated (blank lines left out, so there may be none).
/// <see cref="SourceTitles"/> is a lighter pass over the same rows: each one's source_title as written, or blank.
/// </summary>
public sealed record CsvFile(IReadOnlyList<CsvMessage> Errors, IEnumerable<CsvRow> Rows, IEnumerable<string> SourceTitles)
{
    public static CsvFile Failed(params CsvMessage[] errors) => new(errors, [], []);
}
