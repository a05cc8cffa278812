using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("The last level known by a bucket's end, when it could not stand for the bucket.")]
public sealed record SeriesLastKnownDto(string AsOf, long Value, string Qualifier, bool IsPeak, IReadOnlyList<int> FigureIds);
