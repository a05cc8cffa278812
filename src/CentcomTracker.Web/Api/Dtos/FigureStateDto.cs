using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A figure as recorded in its history.")]
public sealed record FigureStateDto(
    string Metric, string Theatre, string Period, long Value, string Qualifier, int SourceId, string Quote, string? Translation, string? Note);
