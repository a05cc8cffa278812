using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A figure as reported by the source it belongs to.")]
public sealed record SourceFigureDto(
    int Id, string Metric, string Theatre, string Period, long Value, string Qualifier,
    string Quote, string? Translation, string? Note);
