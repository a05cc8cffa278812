namespace CentcomTracker.Web.Pages.Figures;

public sealed record SourceChoice(int Id, string Publisher, string Title, Period Published, string Language)
{
    public string Label => $"{Publisher} — {Title} ({Published.Label})";
}
