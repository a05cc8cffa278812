namespace CentcomTracker.Web.Data;

public static class AnnotationQueries
{
    /// <summary>The events drawn where <paramref name="theatre"/> is shown: its own, its members' and those of no theatre.</summary>
    public static IQueryable<Annotation> Concerning(this IQueryable<Annotation> annotations, TheatreRow theatre)
    {
        var (code, members) = (theatre.Code, theatre.Members.ToArray());
        return annotations.Where(a => a.TheatreCode == null || a.TheatreCode == code || members.Contains(a.TheatreCode));
    }

    public static IQueryable<Annotation> Between(this IQueryable<Annotation> annotations, DateOnly? from, DateOnly? to) =>
        annotations.Where(a => (from == null || a.Date >= from) && (to == null || a.Date <= to));

    public static IQueryable<AnnotationRow> Rows(this IQueryable<Annotation> annotations) => annotations
        .OrderBy(a => a.Date).ThenBy(a => a.Id)
        .Select(a => new AnnotationRow(a.Id, a.Date, a.Text, a.TextAr, a.TheatreCode, a.SourceId,
            a.Source!.Publisher, a.Source.Title, a.Source.Url, a.Quote, a.Source.Language));
}
