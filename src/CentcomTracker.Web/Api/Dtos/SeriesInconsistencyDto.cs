using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A whole smaller than one of its parts within a series bucket.")]
public sealed record SeriesInconsistencyDto(string WholeTheatre, long WholeValue, string WholeQualifier, string PartTheatre, long PartValue, string PartQualifier,
    IReadOnlyList<int> FigureIds);
