using CentcomTracker.Web.Commands;

namespace CentcomTracker.Tests.Web;

/// <summary>Runs one of the app's commands in-process on a host's (or a bare service provider's) database.</summary>
public static class CommandRunner
{
    public static async Task<(int Exit, string Output, string Error)> RunCommandAsync(this IServiceProvider services, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(services, args, TextReader.Null, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
