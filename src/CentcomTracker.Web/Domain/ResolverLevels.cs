namespace CentcomTracker.Web.Domain;

public sealed partial class Resolver
{
    private sealed partial class Run
    {
        /// <summary>
        /// A level answers a period when it is dated inside it. Otherwise the latest earlier level is carried forward
        /// if it is dated within the metric's horizon before the period's end; older than that, or when only a peak
        /// is known, the value is not reported and the last known figure is offered beside it. Nothing is reported for
        /// a period that starts after the newest figure of any kind, or after today.
        /// </summary>
        private Resolution Level(string metric, string theatre, Period period, int? source)
        {
            var notReported = Resolution.NotReported(metric, theatre, period);
            if (period.Start > resolver.lastKnownDay)
            {
                return notReported;
            }

            var known = EndingBy(metric, theatre, period.End, source);  // the latest end first
            var levels = known.Where(f => !f.IsPeak);
            // The newest level answers if it is recent enough; an older one, ending earlier still, cannot.
            var latest = levels.FirstOrDefault() is { } newest
                && (newest.Period.End >= period.Start || resolver.metrics[metric].StandsFor(newest.Period.End, period.End)) ? newest : null;
            if (latest is null)
            {
                var last = levels.FirstOrDefault() ?? known.FirstOrDefault();
                return last is null ? notReported : notReported with { LastKnown = Resolution.FromFigure(last, Derivation.Level, period) };
            }

            // Those of the same date follow it: the order is by end, then start.
            var sameDate = levels.TakeWhile(f => f.Period == latest.Period).ToList();
            return Resolution.FromFigure(sameDate[0], Derivation.Level, period) with
            {
                Alternatives = sameDate.Skip(1).Select(f => Resolution.FromFigure(f, Derivation.Level, period)).ToList(),
            };
        }

        /// <summary>
        /// Sets the value against every whole it is a part of and every part of it, for the same metric and period:
        /// the combined theatre and its members, a sub-region and the theatre it lies in.
        /// </summary>
        private IEnumerable<PartWhole> PartWholeChecks(Resolution main)
        {
            var theatres = resolver.theatres;
            var self = theatres[main.Theatre];
            var parts = self.Members
                .Concat(theatres.Values.Where(t => t.Parent == main.Theatre).Select(t => t.Code))
                .Where(theatres.ContainsKey);
            var wholes = theatres.Values.Where(t => t.Members.Contains(main.Theatre)).Select(t => t.Code)
                .Concat(self.Parent is { } parent && theatres.ContainsKey(parent) ? [parent] : []);

            foreach (var part in parts.Distinct())
            {
                var resolved = Resolve(main.Metric, part, main.Period, null);
                if ((PartWhole.Check(main, resolved) ?? AnotherAccount(main, resolved)) is { } flag) yield return flag;
            }

            foreach (var whole in wholes.Distinct())
            {
                var resolved = Resolve(main.Metric, whole, main.Period, null);
                if ((PartWhole.Check(resolved, main) ?? AnotherAccount(resolved, main)) is { } flag) yield return flag;
            }
        }

        /// <summary>
        /// The part's source's own figure for the whole, as printed for the same period (a level: the same day), set
        /// against the whole shown (<see cref="PartWhole.CheckAccounts"/>). Looked up among the figures of that exact
        /// period, not resolved: a century of months on the 100,000-figure database would otherwise resolve each
        /// month again for every source of a part.
        /// </summary>
        private PartWhole? AnotherAccount(Resolution whole, Resolution part)
        {
            if (part.Sources is not [var source] || !whole.HasValue || whole.How is not (Derivation.Reported or Derivation.Level)) return null;
            var printed = At(whole.Metric, whole.Theatre, whole.AsOf ?? whole.Period, null).FirstOrDefault(f => f.Source.Id == source.Id && !f.IsPeak);
            return printed is null ? null : PartWhole.CheckAccounts(whole, part, Resolution.FromFigure(printed, whole.How, whole.Period));
        }
    }
}
