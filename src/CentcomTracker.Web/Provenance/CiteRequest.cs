namespace CentcomTracker.Web.Provenance;

/// <summary>
/// What a view gives to "Cite this": an id for the element, the view's title, the publishers of the sources behind it
/// (named first in the citation), the view's address and its data bundle's address (both without <c>asof</c>: the
/// permalink adds the moment shown, today's date when none).
/// </summary>
public sealed record CiteRequest(string Id, string Title, IReadOnlyList<string> Publishers, string Path, string BundlePath, string? EmbedPath = null);
