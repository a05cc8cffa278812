namespace CentcomTracker.Web.Domain;

public sealed partial class Resolver
{
    /// <summary>Orders figures of one (metric, theatre): the most direct source first, then the newest.</summary>
    private sealed class Preference : IComparer<ReportedFigure>
    {
        public static readonly Preference Instance = new();

        public int Compare(ReportedFigure? x, ReportedFigure? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return 1;
            if (y is null) return -1;
            var c = x.Source.Tier.CompareTo(y.Source.Tier);
            if (c == 0) c = y.Source.Published.End.CompareTo(x.Source.Published.End);
            if (c == 0) c = x.Source.Id.CompareTo(y.Source.Id);
            return c != 0 ? c : x.Id.CompareTo(y.Id);
        }
    }

    /// <summary>Weighted interval scheduling: the non-overlapping parts covering the most days, then the fewest parts.</summary>
    private static class Tiling
    {
        public static (int Days, IReadOnlyList<Resolution> Parts) Best(IReadOnlyList<Resolution> parts)
        {
            var sorted = parts.OrderBy(p => p.Period.End).ThenByDescending(p => p.Period.Start).ToArray();
            var best = new (int Days, int Count, int Previous, bool Taken)[sorted.Length + 1];
            for (var i = 1; i <= sorted.Length; i++)
            {
                var part = sorted[i - 1].Period;
                var previous = i - 1;
                while (previous > 0 && sorted[previous - 1].Period.End >= part.Start)
                {
                    previous--;
                }

                var take = (Days: best[previous].Days + part.Days, Count: best[previous].Count + 1);
                var skip = best[i - 1];
                best[i] = take.Days > skip.Days || (take.Days == skip.Days && take.Count < skip.Count)
                    ? (take.Days, take.Count, previous, true)
                    : (skip.Days, skip.Count, i - 1, false);
            }

            var chosen = new List<Resolution>();
            for (var i = sorted.Length; i > 0; i = best[i].Previous)
            {
                if (best[i].Taken) chosen.Add(sorted[i - 1]);
            }

            chosen.Reverse();
            return (best[^1].Days, chosen);
        }
    }
}
