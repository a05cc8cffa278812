using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A number that could not be placed; reason is percentage, peak, breakdown, no-metric, no-period, not-whole or too-large.")]
public sealed record UnplacedNumberDto(
    long? Value,
    string Qualifier,
    string Reason,
    string Quote,
    int Start,
    int Length,
    int NumberStart,
    int NumberLength);
