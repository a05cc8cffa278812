namespace CentcomTracker.Web.Csv;

/// <summary>
/// One row of the figures CSV, as text. <see cref="SourceTier"/>, <see cref="SourceNote"/>, <see cref="Peak"/> and
/// <see cref="ValueConfirmed"/> are null when the file has no such column.
/// </summary>
public sealed record FigureRecord(
    string Metric, string Theatre, string Period, string Value, string Qualifier,
    string SourceTitle, string SourcePublisher, string SourceUrl, string SourceDate, string SourceLanguage,
    string Quote, string Translation, string Note, string? SourceTier = null, string? SourceNote = null, string? Peak = null,
    string? ValueConfirmed = null);
