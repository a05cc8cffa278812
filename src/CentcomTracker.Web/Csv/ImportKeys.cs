namespace CentcomTracker.Web.Csv;

internal readonly record struct SourceKey(string Publisher, string Title, DateOnly Start, DateOnly End);

internal readonly record struct FigureKey(string Metric, string Theatre, DateOnly Start, DateOnly End, SourceKey Source);

/// <summary>A figure a commit creates: its checked fields and its source, stored (<paramref name="SourceId"/>) or new.</summary>
internal sealed record PendingFigure(InputRules.ValidFigure Figure, SourceKey Source, int? SourceId);
