namespace CentcomTracker.Web.Data;

/// <summary>A database the app cannot reach or create, with what to do about it, in one line for the log.</summary>
public sealed class DatabaseSetupException(string message) : Exception(message);
