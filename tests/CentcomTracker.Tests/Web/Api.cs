using System.Text.Json.Nodes;

namespace CentcomTracker.Tests.Web;

/// <summary>Reads API answers as a client would: status, media type, then JSON, with the body in failure messages.</summary>
public static class Api
{
    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url, int expectedStatus = 200,
        string expectedMediaType = "application/json")
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus,
            $"{url} returned {(int)response.StatusCode}, expected {expectedStatus}:\n{Html.Excerpt(body)}");
        Assert.Equal(expectedMediaType, response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body) ?? throw new InvalidOperationException($"{url} returned JSON null");
    }

    public static Task<JsonNode> GetProblemAsync(this HttpClient client, string url, int expectedStatus) =>
        client.GetJsonAsync(url, expectedStatus, "application/problem+json");

    public static JsonArray Array(this JsonNode node, string property) => node[property]!.AsArray();

    public static IEnumerable<JsonNode> Items(this JsonNode node, string property) => node.Array(property).Select(n => n!);

    public static string Text(this JsonNode node, string property) => node[property]!.GetValue<string>();

    public static long Long(this JsonNode node, string property) => node[property]!.GetValue<long>();

    public static decimal Decimal(this JsonNode node, string property) => node[property]!.GetValue<decimal>();

    /// <summary>True when the property is present and JSON null: "not reported" must be spelt null, never 0 or absent.</summary>
    public static bool IsExplicitNull(this JsonNode node, string property) =>
        node.AsObject().TryGetPropertyValue(property, out var value) && value is null;
}
