namespace CentcomTracker.Web.Localization;

/// <summary>Marker for the shared resource file (Resources/Localization/SharedResource.ar.resx): validation messages and words used on many pages.</summary>
public sealed class SharedResource;
