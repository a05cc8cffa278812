using CentcomTracker.Web.Domain;

namespace CentcomTracker.Web.Csv;

/// <summary>The English text of every CSV message; each one has its Arabic in Resources/Pages/Figures/Import.ar.resx.</summary>
public static class CsvText
{
    public const string NoFile = "Choose a CSV file to upload.";
    public const string Empty = "The file is empty: it needs a header row and at least one row of figures.";
    public const string HeaderOnly = "The file has a header but no rows of figures.";
    public const string TooLarge = "The file is {0} MB; the limit is {1} MB. Split it into smaller files and import them one after another.";
    public const string NotUtf8 = "The file is not UTF-8 text: line {0} has bytes that are not UTF-8 (it was probably saved in another encoding, such as Windows-1256). Save it as \"CSV UTF-8\" and upload it again.";
    public const string OtherUnicode = "The file is {0} text, not UTF-8. Save it as \"CSV UTF-8\" and upload it again.";
    public const string Binary = "The file is not text: it looks like a workbook, a document or a picture rather than a CSV file. Save it as \"CSV UTF-8\" and upload it again.";
    public const string Semicolons = "The columns are separated by semicolons (;), not commas. Save the file as comma-separated values (\"CSV UTF-8 (comma delimited)\") and upload it again.";
    public const string Tabs = "The columns are separated by tabs, not commas. Save the file as comma-separated values (\"CSV UTF-8 (comma delimited)\") and upload it again.";
    public const string Pipes = "The columns are separated by vertical bars (|), not commas. Save the file as comma-separated values (\"CSV UTF-8 (comma delimited)\") and upload it again.";
    public const string WrongHeader = "The first row must be the header {0} (optionally followed by {1}).";
    public const string MissingColumns = "Missing columns: {0}.";
    public const string UnexpectedColumns = "Unexpected columns: {0}.";
    public const string RepeatedColumns = "Columns named more than once: {0}.";
    public const string ColumnOrder = "The columns are all there but in another order; put them in the order above.";
    public const string Damaged = "The uploaded file did not arrive intact. Upload it again.";
    public const string FieldCountOne = "This row has {0} field; the header has {1}. A value that contains a comma must be enclosed in double quotes.";
    public const string FieldCount = "This row has {0} fields; the header has {1}. A value that contains a comma must be enclosed in double quotes.";
    public const string StrayQuote = "A double quote inside a value that does not start with one. Enclose the whole value in double quotes and double the quote inside it (\"\").";
    public const string TextAfterQuote = "Text follows the closing double quote of a value. A double quote inside a quoted value must be doubled (\"\").";
    public const string UnclosedQuote = "A double quote opens a value that is never closed, so the rest of the file was read into it. Close the quote, or double a quote inside the value (\"\").";
    public const string Malformed = "The quoting of this row is malformed.";
    public const string DuplicateRow = "Same metric, theatre, period and source as row {0}: a source reports one number for each.";
    public const string SourceDiffers = "Row {0} names the same source (publisher, title and date) with a different {1}: \"{2}\" there, \"{3}\" here.";
    public const string SourceConflict = "The database already has this source (same publisher, title and date) with {0} \"{1}\"; this row says \"{2}\". Nothing is overwritten: correct the source, or fix the row.";
    public const string ValueConflict = "The database already has this figure (same metric, theatre, period and source) as {0} ({1}); this row says {2} ({3}). Nothing is overwritten: correct the figure, or fix the row.";
    public const string TextConflict = "The database already has this figure (same metric, theatre, period and source) with a different {0}: \"{1}\". Nothing is overwritten: correct the figure, or fix the row.";
}
