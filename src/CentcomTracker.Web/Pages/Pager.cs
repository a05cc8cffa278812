namespace CentcomTracker.Web.Pages;

/// <summary>What the _Pager partial draws: the page and how to link to another page of the same list.</summary>
public sealed record Pager(Paging Paging, Func<int, string> Link, string? Label = null);
