using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("The metric and theatre of a row, with their names, so a client needs no second request to label it.")]
public sealed record MetricRefDto(string Code, string Kind, LocalizedText Name);
