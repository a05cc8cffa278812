using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("Every metric for the theatre asked for (or for every theatre), in period a and period b.")]
public sealed record ComparisonDto(string A, string B, string? Theatre, IReadOnlyList<ComparisonRowDto> Rows);
