using System.Globalization;

namespace CentcomTracker.Web.Api;

/// <summary>
/// The links of a paged API answer: the same address with the same filters, another page, and the same moment when
/// the answer is as of a past one (<c>asof</c>), so following the links never mixes a snapshot with today's data.
/// A page past the end links back to the last page, and the last page has no next.
/// </summary>
public readonly record struct ApiPageLinks(int TotalPages, string? Next, string? Previous)
{
    /// <param name="filters">The query parameters every link keeps, in order; those without a value are left out.</param>
    public static ApiPageLinks For(HttpRequest request, int page, int size, int total, params (string Name, string? Value)[] filters)
    {
        var totalPages = (total + size - 1) / size;
        string Link(int p) => Provenance.Permalinks.Local(request.HttpContext, request.PathBase + request.Path + QueryString.Create(filters
            .Where(q => q.Value is not null)
            .Select(q => KeyValuePair.Create(q.Name, q.Value))
            .Append(KeyValuePair.Create("page", (string?)p.ToString(CultureInfo.InvariantCulture)))
            .Append(KeyValuePair.Create("pageSize", (string?)size.ToString(CultureInfo.InvariantCulture)))));
        return new ApiPageLinks(totalPages,
            Next: page < totalPages ? Link(page + 1) : null,
            Previous: page > 1 && totalPages > 0 ? Link(Math.Min(page - 1, totalPages)) : null);
    }
}
