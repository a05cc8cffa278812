namespace CentcomTracker.Web.Domain;

/// <summary>How a number on screen was obtained from the reported figures.</summary>
public enum Derivation { Reported, SummedOverTime, SummedOverMembers, Level, NotReported }
