using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A number that could not be placed; reason is percentage, peak, breakdown, no-metric, no-period, not-whole, too-large or ambiguous-separator (\"1.000\": thousands or decimals, not read).")]
public sealed record UnplacedNumberDto(
    long? Value,
    string Qualifier,
    string Reason,
    string Quote,
    int Start,
    int Length,
    int NumberStart,
    int NumberLength);
