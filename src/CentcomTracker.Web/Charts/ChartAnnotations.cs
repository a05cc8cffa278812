namespace CentcomTracker.Web.Charts;

public static class ChartAnnotations
{
    /// <summary>
    /// The chart with the events of its theatre that fall within what it shows: on a line chart over dates, between
    /// its first and last date; on a month-by-month chart, in one of its months. Bar charts compare periods and get none.
    /// </summary>
    public static ChartView Attach(ChartView chart, IReadOnlyList<AnnotationRow> annotations, TheatreRow theatre)
    {
        if (chart.Type != ChartType.Line || chart.Labels.Count == 0 || annotations.Count == 0) return chart;
        var relevant = annotations.Where(a => Annotation.Concerns(a.Theatre, theatre.Code, theatre.Members)).ToList();
        List<ChartAnnotation> marked;
        if (chart.Dates is { Count: > 0 } dates)
        {
            var (first, last) = (dates.Min(), dates.Max());
            marked = relevant.Where(a => a.Date >= first && a.Date <= last).Select(a => new ChartAnnotation(a, null)).ToList();
        }
        else
        {
            // The period of each category, from any series that has a point there.
            var periods = chart.Labels.Select((_, i) => chart.Series.Select(s => s.Points[i]).OfType<ChartPoint>().FirstOrDefault()?.Period).ToList();
            marked = [];
            foreach (var a in relevant)
            {
                var i = periods.FindIndex(p => p is { } period && period.Contains(Period.Day(a.Date)));
                if (i < 0) continue;
                var period = periods[i]!.Value;
                marked.Add(new ChartAnnotation(a, i + (a.Date.DayNumber - period.Start.DayNumber + 0.5) / period.Days - 0.5));
            }
        }

        return marked.Count == 0 ? chart : chart with { Annotations = marked };
    }

    public static IReadOnlyList<ChartIslandAnnotation> ToIsland(IReadOnlyList<ChartAnnotation> annotations) => annotations
        .Select(a => new ChartIslandAnnotation(a.Row.Id, a.Row.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Display.Period(Period.Day(a.Row.Date)), a.Text, a.TextIsEnglish && Culture.IsArabic ? "en" : null,
            a.Position is { } p ? Math.Round(p, 4) : null))
        .ToList();
}
