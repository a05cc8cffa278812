namespace CentcomTracker.Web.Commands;

/// <summary>A usage or input error a command reports on standard error (exit code 2), without a stack trace.</summary>
public sealed class CommandException(string message) : Exception(message);
