using CentcomTracker.Web.Data;

namespace CentcomTracker.Web.Commands;

/// <summary>
/// Commands on the same executable, like Django's manage.py: <c>dotnet run --project src/CentcomTracker.Web -- add-user EMAIL --role Editor</c>.
/// A command works on the database <c>ConnectionStrings:Tracker</c> names, migrating it first, and exits with 0 on success.
/// </summary>
public static class CommandLine
{
    private delegate Task<int> Command(IServiceProvider services, string[] arguments, TextReader input, TextWriter output, TextWriter error);

    private static readonly Dictionary<string, (Command Run, string Usage)> Commands = new(StringComparer.Ordinal)
    {
        ["add-user"] = (AddUser.RunAsync, AddUser.Usage),
        ["export"] = (CsvCommands.ExportAsync, CsvCommands.ExportUsage),
        ["import"] = (CsvCommands.ImportAsync, CsvCommands.ImportUsage),
    };

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.ContainsKey(args[0]);

    /// <summary>
    /// The arguments the host reads as configuration. For a command, only <c>--Key=value</c>: .NET would otherwise
    /// read a file path such as <c>/srv/backup.csv</c> as a <c>/Key</c> switch and take the next argument as its value.
    /// </summary>
    public static string[] HostArguments(string[] args) =>
        IsCommand(args) ? [.. args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('='))] : args;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var (run, usage) = Commands[args[0]];
        await services.InitializeDatabaseAsync();
        await using var scope = services.CreateAsyncScope();
        try
        {
            return await run(scope.ServiceProvider, args[1..], input, output, error);
        }
        catch (CommandException e)
        {
            await error.WriteLineAsync($"{args[0]}: {e.Message}");
            await error.WriteLineAsync($"usage: {usage}");
            return 2;
        }
    }
}

/// <summary>A usage or input error a command reports on standard error (exit code 2), without a stack trace.</summary>
public sealed class CommandException(string message) : Exception(message);
