using CentcomTracker.Web.Domain;

namespace CentcomTracker.Web.Charts;

/// <summary>The charts over time: levels on their dates, and one count month by month.</summary>
public sealed partial class DashboardCharts
{
    /// <summary>
    /// Every level figure (camp population, detainees held, fighters at large) on its as-of date, one line per
    /// metric and theatre, so the latest value and its history read together. Levels are never summed.
    /// </summary>
    private ChartView LevelsChart()
    {
        var scope = data.Countries(query.Theatre).Prepend(query.Theatre).Distinct().ToList();
        scope.AddRange(data.Theatres.Where(t => t.Parent is not null && scope.Contains(t.Parent)).Select(t => t.Code));

        var lines = (from metric in data.Metrics.Where(m => m.Kind == MetricKind.Level).OrderByDescending(m => m.DisplayOrder)
                     from theatre in scope
                     let figures = data.Resolver.Reported(metric.Code, theatre)
                     where figures.Count > 0
                     select (Metric: metric, Theatre: theatre, Figures: figures)).ToList();
        var dates = lines.SelectMany(l => l.Figures.Select(f => f.Period)).Distinct().OrderBy(p => p.End).ThenBy(p => p.Start).ToList();
        if (dates.Count > MaxLevelDates)
        {
            // A century of monthly levels is a table of thousands of rows, not a chart: the last dates up to the later period.
            var until = query.A.End > query.B.End ? query.A.End : query.B.End;
            dates = dates.Where(p => p.End <= until).TakeLast(MaxLevelDates).ToList();
        }

        var shown = dates.ToHashSet();
        lines = lines.Where(l => l.Figures.Any(f => shown.Contains(f.Period))).ToList();
        var labels = dates.Select(Display.Period).ToList();

        var series = new List<ChartSeries>();
        var clauses = new List<string>();
        foreach (var (metric, theatre, all) in lines)
        {
            // A peak is a record, not the level at a date: its own series, so no line runs from it to later levels.
            var (peaks, figures) = (all.Where(f => f.IsPeak).ToList(), all.Where(f => !f.IsPeak).ToList());
            var label = $"{metric.Name()} · {data.TheatreName(theatre)}";
            var peakLabel = words["{0} (peak)", label];
            if (peaks.Count > 0) series.Add(new ChartSeries($"{metric.Code}:{theatre}:peak", peakLabel, dates.Select((date, i) =>
                peaks.FirstOrDefault(f => f.Period == date) is { } peak
                    ? Point(labels[i], peakLabel, Resolution.FromFigure(peak, Derivation.Level, date), PointKind.Peak) with
                    { Notes = [new ChartNote(words["a peak, not the level at a date: never carried forward"], [])] }
                    : null).ToList()));
            if (figures.Count == 0) continue;
            var byDate = figures.ToLookup(f => f.Period);
            var points = dates.Select((date, i) =>
            {
                var atDate = byDate[date].ToList();
                if (atDate.Count == 0) return null;
                return (ChartPoint?)Point(labels[i], label, Resolution.FromFigure(atDate[0], Derivation.Level, date) with
                    { Alternatives = atDate.Skip(1).Select(f => Resolution.FromFigure(f, Derivation.Level, date)).ToList() });
            }).ToList();
            var drawn = points.OfType<ChartPoint>().ToList();
            if (drawn.Count == 0) continue;  // only its peak falls among the dates shown
            series.Add(new ChartSeries($"{metric.Code}:{theatre}", label, points));
            clauses.Add(drawn.Count == 1 ? words["{0} {1} ({2})", label, drawn[0].Text, drawn[0].Category]
                : drawn[0].Text == drawn[^1].Text ? words["{0} unchanged at {1} ({2} to {3})", label, drawn[0].Text, drawn[0].Category, drawn[^1].Category]
                : words["{0} from {1} ({2}) to {3} ({4})", label, drawn[0].Text, drawn[0].Category, drawn[^1].Text, drawn[^1].Category]);
        }

        var summary = clauses.Count == 0
            ? words["No level figures are recorded for {0}.", data.TheatreName(query.Theatre)]
            : words["As last reported: {0}.", string.Join(Wording.Semicolon, clauses)];
        // A level dated only by its year or month ("over 70,000 in 2019") is placed at the end of that period,
        // the date at which the resolver lets it stand.
        return new ChartView(Levels, ChartType.Line, words["Levels over time: camps, detainees, fighters at large"], summary,
            words["As of"], labels, series, SpanGaps: true, Dates: dates.Select(d => d.End).ToList());
    }

    /// <summary>
    /// One count month by month across the months of A and B, for the theatre and each of its countries. A month
    /// nobody reported is a gap (null), never 0; a period with no monthly figure at all is left out.
    /// </summary>
    private ChartView MonthlyChart()
    {
        var metric = data.Metric(query.Trend) is not null ? query.Trend : DashboardQuery.DefaultTrend;
        var name = MetricName(metric);
        var theatres = data.Countries(query.Theatre).Prepend(query.Theatre).Distinct().ToList();
        var title = words["{0} month by month", name];
        if (data.Metric(metric) is null)
        {
            return new ChartView(Monthly, ChartType.Line, title, words["No monthly figures are recorded."], words["Month"], [], []);
        }

        var months = new List<Period>();
        foreach (var period in new[] { query.A, query.B }.Distinct())
        {
            var inPeriod = MonthsOf(period);
            if (inPeriod.Any(m => theatres.Any(t => data.Resolve(metric, t, m).HasValue)))
            {
                months.AddRange(inPeriod.Where(m => !months.Contains(m)));
            }
        }

        months.Sort();
        var labels = months.Select(Display.Period).ToList();
        var series = theatres.Select(t => new ChartSeries(t, data.TheatreName(t),
            months.Select((m, i) => (ChartPoint?)Point(labels[i], data.TheatreName(t), data.Resolve(metric, t, m))).ToList())).ToList();

        string summary;
        var main = series[0].Points.OfType<ChartPoint>().ToList();
        var reported = main.Where(p => p.IsReported).ToList();
        if (months.Count == 0 || reported.Count == 0)
        {
            summary = words["No monthly figures for {0} in {1} were reported for {2} or {3}.", name, data.TheatreName(query.Theatre), A, B];
        }
        else
        {
            var highest = reported.MaxBy(p => p.Value)!;
            summary = words["{0} in {1}: a figure for {2} of {3} shown, the highest {4} in {5}; months without a figure are gaps, not zeros.",
                name, series[0].Label, Display.Number(reported.Count), Display.Months(months.Count), highest.Text, highest.Category];
        }

        return new ChartView(Monthly, ChartType.Line, title, summary, words["Month"], labels, series);
    }

    private static List<Period> MonthsOf(Period period)
    {
        var count = (period.End.Year - period.Start.Year) * 12 + period.End.Month - period.Start.Month + 1;
        if (count > MaxMonthsPerPeriod) return [];
        // Counted rather than stepped with AddMonths, which throws past December 9999.
        return Enumerable.Range(0, count)
            .Select(k => (Year: period.Start.Year + (period.Start.Month - 1 + k) / 12, Month: (period.Start.Month - 1 + k) % 12 + 1))
            .Select(m => Period.Month(m.Year, m.Month))
            .ToList();
    }
}
