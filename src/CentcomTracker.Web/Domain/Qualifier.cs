namespace CentcomTracker.Web.Domain;

/// <summary>
/// How a source qualified a number: "more than 9,000", "approximately 2,500", "at least 220". <see cref="AtMost"/> is
/// never reported or entered (it is not in <see cref="Qualifiers.All"/>): it is what a difference or a ratio against
/// an "at least" number is. 100 against "at least 85" is a change of at most +15, which "about +15" would overstate.
/// </summary>
public enum Qualifier { Exact, About, MoreThan, AtLeast, LessThan, AtMost }
