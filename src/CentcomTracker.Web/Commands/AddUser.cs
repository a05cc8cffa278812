using System.Net.Mail;
using Microsoft.AspNetCore.Identity;

namespace CentcomTracker.Web.Commands;

/// <summary>
/// <c>add-user EMAIL --role Editor|Admin</c>. The password comes from a silent prompt or standard input, never the
/// command line (shell history, process list); exit codes in README.md.
/// </summary>
public static class AddUser
{
    public const string Usage = "add-user EMAIL --role Editor|Admin   (password: typed at the prompt, or the first line of standard input)";

    public static async Task<int> RunAsync(IServiceProvider services, string[] arguments, TextReader input, TextWriter output, TextWriter error)
    {
        var (email, role) = ParseArguments(arguments);

        var password = ReferenceEquals(input, Console.In) && !Console.IsInputRedirected
            ? PromptTwice(output)
            : await input.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            throw new CommandException("no password given: type it at the prompt, or pipe it on standard input (one line).");
        }

        await services.EnsureRolesAsync();
        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByEmailAsync(email) is not null || await users.FindByNameAsync(email) is not null)
        {
            await error.WriteLineAsync($"add-user: {email} already has an account; nothing was changed.");
            return 1;
        }

        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await error.WriteLineAsync($"add-user: {email} was not created:");
            foreach (var problem in created.Errors)
            {
                await error.WriteLineAsync($"  - {problem.Description}");
            }

            return 1;
        }

        var granted = await users.AddToRoleAsync(user, role);
        if (!granted.Succeeded)
        {
            // Creating without the role would leave an account that looks made but cannot edit: undo it.
            await users.DeleteAsync(user);
            await error.WriteLineAsync($"add-user: {email} could not be given the role {role}: {string.Join(" ", granted.Errors.Select(e => e.Description))}");
            return 1;
        }

        await output.WriteLineAsync($"Created {email} with the role {role}. They can sign in at /account/login.");
        return 0;
    }

    private static (string Email, string Role) ParseArguments(string[] arguments)
    {
        string? email = null;
        string? role = null;
        for (var i = 0; i < arguments.Length; i++)
        {
            var argument = arguments[i];
            if (argument is "--password" or "-p" || argument.StartsWith("--password=", StringComparison.Ordinal))
            {
                throw new CommandException("passwords are never taken from the command line (shell history and the process list would keep them): type it at the prompt, or pipe it on standard input.");
            }

            if (argument == "--role")
            {
                role = i + 1 < arguments.Length ? arguments[++i] : throw new CommandException("--role needs a value: Editor or Admin.");
            }
            else if (argument.StartsWith("--role=", StringComparison.Ordinal))
            {
                role = argument["--role=".Length..];
            }
            else if (argument.StartsWith('-'))
            {
                throw new CommandException($"unknown option {argument}.");
            }
            else if (email is null)
            {
                email = argument;
            }
            else
            {
                throw new CommandException($"one email at a time (also got {argument}).");
            }
        }

        if (email is null)
        {
            throw new CommandException("give the new user's email address.");
        }

        if (!MailAddress.TryCreate(email, out var address) || address.Address != email || !address.Host.Contains('.'))
        {
            throw new CommandException($"\"{email}\" is not an email address.");
        }

        if (role is null)
        {
            throw new CommandException("give the role with --role Editor or --role Admin.");
        }

        var known = Roles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase))
            ?? throw new CommandException($"unknown role \"{role}\": use {string.Join(" or ", Roles.All)}.");
        return (email, known);
    }

    private static string PromptTwice(TextWriter output)
    {
        var first = ReadHidden(output, "Password: ");
        var second = ReadHidden(output, "Password (again): ");
        return first == second
            ? first
            : throw new CommandException("the two passwords differ; nothing was changed.");
    }

    /// <summary>Reads a line from the terminal without echoing it.</summary>
    private static string ReadHidden(TextWriter output, string prompt)
    {
        output.Write(prompt);
        output.Flush();
        var typed = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0) typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        output.WriteLine();
        return typed.ToString();
    }
}
