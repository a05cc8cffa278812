namespace CentcomTracker.Web.Charts;

/// <summary>One parameter that could not be used: its name, what was given, why (a message the page says in its language), and what is shown instead.</summary>
public sealed record QueryProblem(string Parameter, string Given, QueryProblemKind Kind, Message Reason, string Instead)
{
    public override string ToString() => $"Parameter \"{Parameter}\": {Reason}";
}
