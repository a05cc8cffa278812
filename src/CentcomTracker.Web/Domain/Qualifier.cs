namespace CentcomTracker.Web.Domain;

/// <summary>How a source qualified a number: "more than 9,000", "approximately 2,500", "at least 220".</summary>
public enum Qualifier { Exact, About, MoreThan, AtLeast, LessThan }
