using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CentcomTracker.Web.Api;

/// <summary>
/// Reads query parameters and collects every problem with them, keyed by parameter name, for one 400 answer.
/// Messages are English with invariant digits whatever the request's culture: the API is language-neutral.
/// Parameters are bound as strings and parsed here so that no input, however odd, fails in model binding
/// (which would answer an empty 400, or a 500 in Development) instead of saying which parameter is wrong.
/// </summary>
internal sealed class ApiArguments
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsValid => errors.Count == 0;

    public void Fail(string parameter, string message)
    {
        if (!errors.TryGetValue(parameter, out var list))
        {
            errors[parameter] = list = [];
        }

        list.Add(message);
    }

    /// <summary>The trimmed value, or null (with an error) when it is missing or blank.</summary>
    public string? Required(string parameter, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail(parameter, $"The {parameter} parameter is required.");
            return null;
        }

        return value.Trim();
    }

    public Period? RequiredPeriod(string parameter, string? label) =>
        Required(parameter, label) is { } text ? OptionalPeriod(parameter, text) : null;

    /// <summary>A period label (2023, 2024-H1, 2024-Q1, 2024-06, 2024-07-16, a..b), or null when absent; the parser's message when malformed or outside the readable years.</summary>
    public Period? OptionalPeriod(string parameter, string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        if (Period.TryParseReadable(label, out var period, out var error))
        {
            return period;
        }

        Fail(parameter, $"{parameter}: {error}");
        return null;
    }

    public int Integer(string parameter, string? value, int defaultValue, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultValue;
        }

        if (int.TryParse(Digits.ToLatin(value.Trim()), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number >= min && number <= max)
        {
            return number;
        }

        Fail(parameter, string.Create(CultureInfo.InvariantCulture, $"{parameter} must be a whole number from {min:N0} to {max:N0}; \"{Characters.Shorten(value, 40)}\" is not."));
        return defaultValue;
    }

    /// <summary>A whole number that must be given (an id in the path): blank is refused, not read as a default.</summary>
    public int RequiredInteger(string parameter, string? value, int min, int max) =>
        Required(parameter, value) is { } text ? Integer(parameter, text, min, min, max) : min;

    /// <summary>"to" may not end before "from" starts.</summary>
    public void Ordered(Period? from, Period? to)
    {
        if (from is { } f && to is { } t && t.End < f.Start)
        {
            Fail("to", $"to ({t.Label}) ends before from ({f.Label}) starts.");
        }
    }

    public ValidationProblem Problem() => TypedResults.ValidationProblem(
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        detail: string.Join(" ", errors.SelectMany(e => e.Value)),
        title: "One or more parameters are invalid.");
}
