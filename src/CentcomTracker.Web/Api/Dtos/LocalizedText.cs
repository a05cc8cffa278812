using System.ComponentModel;

namespace CentcomTracker.Web.Api;

[Description("A text in English and Arabic.")]
public sealed record LocalizedText(string En, string Ar);
