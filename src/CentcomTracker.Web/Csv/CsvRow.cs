namespace CentcomTracker.Web.Csv;

/// <summary>A data row as read: its spreadsheet row number (the header is row 1), and either its fields or why they cannot be read.</summary>
public sealed record CsvRow(int Number, FigureRecord? Record, CsvMessage? Problem);
