namespace CentcomTracker.Web.Domain;

/// <summary>
/// How another source's value stands to the value used. Repeats: a relay of the same statement, same numbers.
/// Agrees: another account whose value is consistent. Differs in precision: a relay that rounds or drops a
/// qualifier ("43,000" for "more than 43,000"): consistent, not a conflict. Conflicts: the values cannot both hold.
/// </summary>
public enum Relation { Repeats, Agrees, DiffersInPrecision, Conflicts }
