using System.Globalization;

namespace CentcomTracker.Web.Domain;

/// <summary>A number together with how its source qualified it.</summary>
public readonly record struct QualifiedValue(long Value, Qualifier Qualifier)
{
    public static QualifiedValue Exact(long value) => new(value, Qualifier.Exact);

    public static QualifiedValue operator +(QualifiedValue a, QualifiedValue b) =>
        new(checked(a.Value + b.Value), a.Qualifier.Plus(b.Qualifier));

    public static QualifiedValue Sum(IEnumerable<QualifiedValue> values) =>
        values.Aggregate(Exact(0), (total, next) => total + next);

    /// <summary>English wording, invariant digits: "more than 9,000", "about 2,500", "153".</summary>
    public override string ToString()
    {
        var number = Value.ToString("N0", CultureInfo.InvariantCulture);
        return Qualifier switch
        {
            Qualifier.Exact => number,
            Qualifier.About => $"about {number}",
            Qualifier.MoreThan => $"more than {number}",
            Qualifier.AtLeast => $"at least {number}",
            Qualifier.LessThan => $"less than {number}",
            Qualifier.AtMost => $"at most {number}",
            _ => number,
        };
    }
}
