namespace CentcomTracker.Web.Domain;

/// <summary>
/// How directly a source reports: the issuing body's own words (or a verbatim reproduction of them);
/// a news report of an official release; or an independent, unofficial or tallied figure.
/// When sources disagree, the lower tier wins, then the newer source.
/// </summary>
public enum SourceTier { Primary, Relay, Secondary }
