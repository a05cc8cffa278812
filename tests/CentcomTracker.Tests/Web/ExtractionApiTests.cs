using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CentcomTracker.Tests.Web;

public sealed class ExtractionApiTests(TrackerFactory factory) : IClassFixture<TrackerFactory>
{
    private const string January2023 =
        "For the month of January 2023, the CENTCOM-led coalition conducted a total of 43 D-ISIS operations, resulting in 11 ISIS operatives killed and 227 detained.";

    private static async Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(HttpClient client, string query, HttpContent content)
    {
        var response = await client.PostAsync("/api/extract" + query, content);
        var body = await response.Content.ReadAsStringAsync();
        return (response, body.Length == 0 ? null : JsonNode.Parse(body));
    }

    private static StringContent Plain(string text) => new(text, Encoding.UTF8, "text/plain");

    [Fact]
    public async Task A_text_of_nothing_but_numbers_gets_a_bounded_answer_that_still_counts_them_all()
    {
        using var client = factory.CreateClient();
        var text = string.Concat(Enumerable.Repeat("1 and ", 10_922));  // 64 KB: one sentence of 10,922 numbers
        var (response, body) = await PostAsync(client, "?published=2024-07-16", Plain(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength is null or < 2_000_000, $"{response.Content.Headers.ContentLength} bytes");
        Assert.Equal((0, 10_922), (body!["candidateCount"]!.GetValue<int>(), body["unplacedCount"]!.GetValue<int>()));
        var unplaced = body.Items("unplaced").ToList();
        Assert.Equal(200, unplaced.Count);
        Assert.All(unplaced, u =>
        {
            // The sentence is longer than a quote may be: the 4,000 characters around the number, exactly where they stand.
            Assert.Equal(4_000, u.Text("quote").Length);
            Assert.Equal(u.Text("quote"), text.Substring(u["start"]!.GetValue<int>(), u["length"]!.GetValue<int>()));
            var number = u["numberStart"]!.GetValue<int>();
            Assert.InRange(number, u["start"]!.GetValue<int>(), u["start"]!.GetValue<int>() + 4_000 - 1);
            Assert.Equal("1", text.Substring(number, u["numberLength"]!.GetValue<int>()));
        });
    }

    [Fact]
    public async Task A_posted_release_answers_its_candidates_with_exact_offsets()
    {
        using var client = factory.CreateClient();
        const string text = "CENTCOM Month in Review\n\n" + January2023 + " About 65 percent were in Syria.";
        var (response, body) = await PostAsync(client, "?published=2023-02-02", Plain(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var candidates = body!.Items("candidates").ToList();
        Assert.Equal(["operations 43", "killed 11", "detained 227"], candidates.Select(c => $"{c.Text("metric")} {c.Long("value")}"));
        Assert.All(candidates, c =>
        {
            Assert.Equal("IQ+SY", c.Text("theatre"));
            Assert.Equal("2023-01", c.Text("period"));
            Assert.Equal("exact", c.Text("qualifier"));
            Assert.Equal(January2023, c.Text("quote"));
            Assert.Equal(c.Text("quote"), text.Substring(c["start"]!.GetValue<int>(), c["length"]!.GetValue<int>()));
            Assert.Equal(c.Long("value").ToString(System.Globalization.CultureInfo.InvariantCulture),
                text.Substring(c["numberStart"]!.GetValue<int>(), c["numberLength"]!.GetValue<int>()));
            Assert.Contains("theatre-assumed", c.Array("notes").Select(n => n!.GetValue<string>()));
        });

        var unplaced = Assert.Single(body!.Items("unplaced"));
        Assert.Equal("percentage", unplaced.Text("reason"));
        Assert.Equal("about", unplaced.Text("qualifier"));
    }

    [Fact]
    public async Task An_Arabic_release_is_read_with_its_Arabic_sentences()
    {
        using var client = factory.CreateClient();
        const string text = "وكذلك شدّدت على إعادة تأهيلِ 43 ألفَ فردٍ في مخيمي الهول والروج شمالَ شرقِ سوريا.";
        var (response, body) = await PostAsync(client, "?published=2024-07-17&language=ar", Plain(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ar", body!.Text("language"));
        var camp = Assert.Single(body!.Items("candidates"));
        Assert.Equal(("camp-population", "SY", "2024-07-17", 43000L), (camp.Text("metric"), camp.Text("theatre"), camp.Text("period"), camp.Long("value")));
        Assert.Equal(text, camp.Text("quote"));
    }

    [Theory]
    [InlineData("", "published")]
    [InlineData("?published=2023-13-01", "published")]
    [InlineData("?published=2023", "published")]
    [InlineData("?published=1066-10-14", "published")]
    [InlineData("?published=2023-02-02&language=fr", "language")]
    public async Task A_missing_or_invalid_parameter_is_a_problem_naming_it(string query, string parameter)
    {
        using var client = factory.CreateClient();
        var (response, body) = await PostAsync(client, query, Plain(January2023));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(body!["errors"]![parameter]);
    }

    [Fact]
    public async Task An_empty_text_is_a_problem()
    {
        using var client = factory.CreateClient();
        var (response, body) = await PostAsync(client, "?published=2023-02-02", Plain("  \n "));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body!["errors"]!["text"]);
    }

    [Fact]
    public async Task Another_content_type_is_refused_with_problem_details()
    {
        using var client = factory.CreateClient();
        var (response, _) = await PostAsync(client, "?published=2023-02-02", new StringContent("{\"text\":\"x\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("text/plain, not application/json", JsonNode.Parse(await response.Content.ReadAsStringAsync())!.Text("detail"));
    }

    [Fact]
    public async Task A_text_in_another_encoding_or_with_bytes_that_are_not_UTF_8_is_refused_not_read_as_garbage()
    {
        using var client = factory.CreateClient();
        const string text = "In 2023 CENTCOM conducted 12 operations in Iraq.";
        var (utf16, problem) = await PostAsync(client, "?published=2024-07-16", new StringContent(text, Encoding.Unicode, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, utf16.StatusCode);
        Assert.Contains("declared as utf-16", problem!.Text("detail"));

        var bytes = new ByteArrayContent([.. Encoding.UTF8.GetBytes("In 2023 CENTCOM conducted "), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(" 12 operations in Iraq.")]);
        bytes.Headers.ContentType = new("text/plain");
        var (invalid, refusal) = await PostAsync(client, "?published=2024-07-16", bytes);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("The text is not UTF-8", refusal!.Text("title"));

        var (utf8, read) = await PostAsync(client, "?published=2024-07-16", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, utf8.StatusCode);
        Assert.Equal(12, read!["candidates"]![0]!["value"]!.GetValue<int>());

        // UTF-8 by another of its names, or ASCII, is read.
        foreach (var name in new[] { "utf8", "UTF-8", "us-ascii" })
        {
            var named = new StringContent(text, Encoding.UTF8);
            named.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"text/plain; charset={name}");
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, "?published=2024-07-16", named)).Response.StatusCode);
        }
    }

    [Fact]
    public async Task A_text_over_64_KB_is_refused_with_problem_details()
    {
        using var client = factory.CreateClient();
        var (response, _) = await PostAsync(client, "?published=2023-02-02", Plain(new string('x', 64 * 1024 + 1)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Too_many_texts_from_one_client_are_refused_until_the_window_passes()
    {
        using var limited = TrackerFactory.With(("RateLimiting:Extract:PermitLimit", "2"), ("RateLimiting:Extract:WindowSeconds", "600"));
        using var client = limited.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, "?published=2023-02-02", Plain(January2023))).Response.StatusCode);
        }

        var (refused, _) = await PostAsync(client, "?published=2023-02-02", Plain(January2023));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task The_route_is_described_in_OpenAPI_with_its_body_and_problems()
    {
        using var client = factory.CreateClient();
        var operation = (await client.GetJsonAsync("/openapi/v1.json"))["paths"]!["/api/extract"]!["post"]!;
        Assert.NotNull(operation["requestBody"]!["content"]!["text/plain"]);
        Assert.Contains("published", operation.Array("parameters").Select(p => p!.Text("name")));
        foreach (var status in new[] { "400", "413", "415", "429" })
        {
            Assert.NotNull(operation["responses"]![status]!["content"]!["application/problem+json"]);
        }
    }
}
