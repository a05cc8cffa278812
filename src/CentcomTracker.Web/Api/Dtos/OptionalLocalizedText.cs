using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("An optional text in English and Arabic; either may be missing.")]
public sealed record OptionalLocalizedText(string? En, string? Ar);
