namespace CentcomTracker.Web.Pages.Figures;

/// <summary>
/// Where a figure is used: asks the resolver about the figure's own period and the calendar periods that contain
/// it (a month is part of its quarter, half and year), in its own theatre and the combined theatres it belongs to,
/// and reports each answer the figure takes part in. For a level, its own date and today.
/// </summary>
public static class FigureUses
{
    public static IReadOnlyList<FigureUse> Find(Resolver resolver, ReportedFigure figure, DateOnly today)
    {
        var metric = resolver.Metric(figure.Metric);
        var uses = new List<FigureUse>();

        IEnumerable<(string Theatre, Period Period)> questions;
        if (metric.Kind == MetricKind.Level)
        {
            questions = new[] { figure.Period, Period.Day(today) }.Distinct().Select(p => (figure.Theatre, p));
        }
        else
        {
            var theatres = resolver.Theatres.Where(t => t.Members.Contains(figure.Theatre)).Select(t => t.Code).Prepend(figure.Theatre);
            questions = from theatre in theatres
                        from period in Enclosing(figure.Period).Prepend(figure.Period)
                        select (theatre, period);
        }

        foreach (var (theatre, period) in questions)
        {
            var resolution = resolver.Resolve(figure.Metric, theatre, period);
            var usesFigure = resolution.Figures.Any(f => f.Id == figure.Id);
            if (usesFigure)
            {
                var alone = resolution.How is Derivation.Reported or Derivation.Level && resolution.Figures.Count == 1;
                uses.Add(new FigureUse(theatre, period, alone ? UseKind.Shown : UseKind.PartOfSum, resolution, null));
                if (alone)
                {
                    uses.AddRange(resolution.Reconciliations.Select(r => new FigureUse(theatre, period, UseKind.ReconciledTotal, resolution, r)));
                }
            }
            else if (resolution.Alternatives.Any(a => a.Figures.Any(f => f.Id == figure.Id)))
            {
                uses.Add(new FigureUse(theatre, period, UseKind.Alternative, resolution, null));
            }

            // A sum also carries the reconciliations of totals reported inside its period; they are listed where
            // that total's own period is asked about, not again under every period around it.
            uses.AddRange(resolution.Reconciliations
                .Where(r => r.Period == period && r.Sum.Figures.Any(f => f.Id == figure.Id))
                .Select(r => new FigureUse(theatre, period, UseKind.PartOfReconciliation, resolution, r)));
        }

        return uses;
    }

    /// <summary>The month, quarter, half and year that contain the period, larger than it.</summary>
    private static IEnumerable<Period> Enclosing(Period period)
    {
        var start = period.Start;
        Period[] calendar =
        [
            Period.Month(start.Year, start.Month),
            Period.Quarter(start.Year, (start.Month - 1) / 3 + 1),
            Period.Half(start.Year, (start.Month - 1) / 6 + 1),
            Period.Year(start.Year),
        ];
        return calendar.Where(c => c != period && c.Contains(period));
    }
}
