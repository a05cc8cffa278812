namespace CentcomTracker.Web.Commands;

/// <summary>
/// Commands on the same executable, like Django's manage.py: <c>dotnet run --project src/CentcomTracker.Web -- add-user EMAIL --role Editor</c>.
/// A command works on the database <c>ConnectionStrings:Tracker</c> names, migrating it first, and exits with 0 on success.
/// </summary>
public static class CommandLine
{
    private delegate Task<int> Command(IServiceProvider services, string[] arguments, TextReader input, TextWriter output, TextWriter error);

    /// <summary>What a command needs of the database before it runs.</summary>
    private enum Setup
    {
        /// <summary>Created and migrated; a new database gets the seed unless <c>Database:Seed</c> is false.</summary>
        Initialize,

        /// <summary>Created and migrated, never seeded: a database the import creates holds exactly the file.</summary>
        InitializeUnseeded,

        /// <summary>Used as it is: a backup copies the database, it never creates or changes one.</summary>
        AsItIs,
    }

    private static readonly Dictionary<string, (Command Run, string Usage, Setup Setup)> Commands = new(StringComparer.Ordinal)
    {
        ["add-user"] = (AddUser.RunAsync, AddUser.Usage, Setup.Initialize),
        ["export"] = (CsvCommands.ExportAsync, CsvCommands.ExportUsage, Setup.Initialize),
        ["import"] = (CsvCommands.ImportAsync, CsvCommands.ImportUsage, Setup.InitializeUnseeded),
        ["backup"] = (Backup.RunAsync, Backup.Usage, Setup.AsItIs),
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
        var (run, usage, setup) = Commands[args[0]];
        await using var scope = services.CreateAsyncScope();
        try
        {
            if (setup != Setup.AsItIs)
            {
                await services.InitializeDatabaseAsync(setup == Setup.InitializeUnseeded ? false : null);
            }

            return await run(scope.ServiceProvider, args[1..], input, output, error);
        }
        catch (DatabaseSetupException e)
        {
            await error.WriteLineAsync($"{args[0]}: {e.Message}");
            return 1;
        }
        catch (CommandException e)
        {
            await error.WriteLineAsync($"{args[0]}: {e.Message}");
            await error.WriteLineAsync($"usage: {usage}");
            return 2;
        }
    }
}
