namespace CentcomTracker.Web.Pages;

/// <summary>
/// One page of a long list, read from the query string (<c>?p=3&amp;size=100</c>): the number is clamped to the pages
/// that exist and the size to <paramref name="MaxSize"/>, so no address can ask for an unbounded page.
/// </summary>
public sealed record Paging(int Number, int Size, int Total, int MaxSize)
{
    public const string NumberKey = "p";
    public const string SizeKey = "size";

    public static Paging Read(int? number, int? size, int total, int defaultSize, int maxSize)
    {
        var pageSize = Math.Clamp(size ?? defaultSize, 1, maxSize);
        var count = Math.Max(1, (total + pageSize - 1) / pageSize);
        return new Paging(Math.Clamp(number ?? 1, 1, count), pageSize, total, maxSize);
    }

    public int Count => Math.Max(1, (Total + Size - 1) / Size);

    public int Skip => (Number - 1) * Size;

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < Count;

    public IEnumerable<T> Of<T>(IEnumerable<T> all) => all.Skip(Skip).Take(Size);

    public IQueryable<T> Of<T>(IQueryable<T> all) => all.Skip(Skip).Take(Size);
}
