using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using System.Threading.RateLimiting;
using CentcomTracker.Web.Domain.Extraction;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CentcomTracker.Web.Api;

/// <summary>
/// POST /api/extract: the candidate figures in a release's text. A POST only because the text is too long for a
/// query string; it reads, stores nothing and needs no account, like the GET routes. Each client address may post
/// a limited number of texts per window (RateLimiting:Extract), each at most 64 KB.
/// </summary>
public static class ExtractionApi
{
    public const string RateLimit = "extract";
    public const int MaxBytes = 64 * 1024;

    public static IServiceCollection AddExtractionApi(this IServiceCollection services)
    {
        services.AddOptions<ExtractRateLimitOptions>().BindConfiguration(ExtractRateLimitOptions.Section)
            .Validate(o => o.PermitLimit > 0 && o.WindowSeconds > 0, "RateLimiting:Extract needs a positive PermitLimit and WindowSeconds.")
            .ValidateOnStart();
        services.AddRateLimiter(options => options.AddPolicy(RateLimit, new ExtractRateLimitPolicy()));
        return services;
    }

    public static RouteGroupBuilder MapExtractionApi(this RouteGroupBuilder api)
    {
        api.MapPost("/extract", Extract)
            .WithName("ExtractFigures")
            .WithSummary("Find the candidate figures in a release's text")
            .WithDescription(
                "Reads a release (English or Arabic, text/plain in UTF-8, at most 64 KB) and answers the figures it appears to report, each with its metric, " +
                "theatre, period (resolved against the publication date), value, qualifier, and the exact sentence it came from (start and length " +
                "are character offsets into the text posted; numberStart and numberLength locate the number). Numbers it cannot place are listed " +
                "under unplaced with a reason, never guessed. At most 200 of each are listed, in the order of the text (candidateCount and " +
                "unplacedCount count them all); a sentence longer than a figure's quote may be (4,000 characters) is given as the 4,000 " +
                "characters of it around the number, start and length saying where. Candidates are for an editor to confirm: nothing is " +
                "stored. Rate-limited per client.")
            .WithTags("Extraction")
            .Accepts<string>("text/plain")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimit);
        return api;
    }

    public static async Task<Results<Ok<ExtractionDto>, ValidationProblem, ProblemHttpResult>> Extract(
        HttpRequest request,
        [Description("The day the release was published (2024-07-16), or its month (2024-07) when the day is unknown: relative periods (\"last month\", \"in June\") and levels are dated from it."), Required] string? published,
        [Description("The text's language, en or ar; found from the text when omitted."), AllowedValues("en", "ar")] string? language,
        [Description("The source's title, if any: a period it names (\"January–June 2024\") dates the sentences that name none.")] string? title,
        CancellationToken cancellationToken)
    {
        var type = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed : null;
        if (type?.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send the text as text/plain",
                $"The body must be text/plain (UTF-8); it was {(string.IsNullOrEmpty(request.ContentType) ? "not typed" : request.ContentType)}.");
        }

        // Read as UTF-8, so a text declared in another encoding is refused rather than read as garbage.
        if (type.Charset is { HasValue: true } declared && declared.Value.Trim('"') is var charset && !IsUtf8(charset))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send the text as UTF-8",
                $"The body must be UTF-8 text (text/plain; charset=utf-8); it was declared as {charset}.");
        }

        if (request.ContentLength > MaxBytes)
        {
            return TooLarge();
        }

        var arguments = new ApiArguments();
        var date = PublicationDate(arguments, published);
        if (language is not null && language.Trim() is not ("en" or "ar"))
        {
            arguments.Fail("language", $"language must be en or ar; \"{language}\" is not.");
        }

        if (title?.Length > 500)
        {
            arguments.Fail("title", "title must be at most 500 characters.");
        }

        string? text;
        try
        {
            text = await ReadAsync(request.Body, cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            return Problem(StatusCodes.Status400BadRequest, "The text is not UTF-8",
                "The body has bytes that are not UTF-8, which would be read as other characters than were sent: send the release as UTF-8 text.");
        }

        if (text is null)
        {
            return TooLarge();
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            arguments.Fail("text", "The body is empty: post the release's text.");
        }

        if (!arguments.IsValid || date is not { } publication)
        {
            return arguments.Problem();
        }

        var result = ReleaseExtractor.Extract(text, publication, title);
        return TypedResults.Ok(ExtractionDto.From(result, language?.Trim()));
    }

    private static Period? PublicationDate(ApiArguments arguments, string? published)
    {
        if (arguments.RequiredPeriod("published", published) is not { } period)
        {
            return null;
        }

        if (period.Kind is not (PeriodKind.Day or PeriodKind.Month))
        {
            arguments.Fail("published", $"published must be a day (2024-07-16), or a month (2024-07) when the day is unknown; \"{published}\" is not.");
            return null;
        }

        if (FigureRules.DateError(period) is { } error)
        {
            arguments.Fail("published", "published: " + error.ToString());
            return null;
        }

        return period;
    }

    /// <summary>UTF-8 by any of its names ("utf-8", "utf8", any case), or ASCII, which is UTF-8 too.</summary>
    private static bool IsUtf8(string charset) =>
        charset.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToUpperInvariant() is "UTF8" or "USASCII" or "ASCII";

    /// <summary>
    /// The body as UTF-8, or null when it is longer than <see cref="MaxBytes"/> (a body sent without a length is counted
    /// as it comes); bytes that are not UTF-8 throw <see cref="DecoderFallbackException"/> rather than becoming U+FFFD.
    /// </summary>
    private static async Task<string?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }

        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static ProblemHttpResult TooLarge() => Problem(StatusCodes.Status413PayloadTooLarge, "The text is too long",
        string.Create(CultureInfo.InvariantCulture, $"Post at most {MaxBytes / 1024} KB of text at a time: one release, not a collection."));

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);

    /// <summary>A fixed window per client address; a refusal is a 429 in Problem Details with Retry-After.</summary>
    private sealed class ExtractRateLimitPolicy : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, cancellationToken) =>
        {
            var http = context.HttpContext;
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            await TypedResults.Problem("Too many texts from this address; wait before posting another.", statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests").ExecuteAsync(http);
        };

        public RateLimitPartition<string> GetPartition(HttpContext httpContext)
        {
            var limit = httpContext.RequestServices.GetRequiredService<IOptions<ExtractRateLimitOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = TimeSpan.FromSeconds(limit.WindowSeconds),
                QueueLimit = 0,
            });
        }
    }
}
