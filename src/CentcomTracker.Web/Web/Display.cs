using System.Globalization;
using CentcomTracker.Web.Domain;

namespace CentcomTracker.Web.Web;

/// <summary>
/// How numbers, qualifiers and periods read on screen, in the current UI culture. Numbers keep Latin digits
/// unless Arabic-Indic digits are asked for; the API and CSV always use invariant digits and codes.
/// </summary>
public static class Display
{
    private static bool Arabic => Localization.IsArabic;

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Number(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, CultureInfo.CurrentCulture);

    /// <summary>"more than 9,000", "≈ 2,500", "at least 220", "153".</summary>
    public static string Value(QualifiedValue value) => Qualified(Number(value.Value), value.Qualifier);

    /// <summary>A number already written out, with its qualifier's words around it.</summary>
    private static string Qualified(string number, Qualifier qualifier) => (qualifier, Arabic) switch
    {
        (Domain.Qualifier.Exact, _) => number,
        (Domain.Qualifier.About, false) => $"≈ {number}",
        (Domain.Qualifier.About, true) => $"نحو {number}",
        (Domain.Qualifier.MoreThan, false) => $"more than {number}",
        (Domain.Qualifier.MoreThan, true) => $"أكثر من {number}",
        (Domain.Qualifier.AtLeast, false) => $"at least {number}",
        (Domain.Qualifier.AtLeast, true) => $"{number} على الأقل",
        (Domain.Qualifier.LessThan, false) => $"less than {number}",
        (Domain.Qualifier.LessThan, true) => $"أقل من {number}",
        _ => number,
    };

    /// <summary>A derived number (rate, pace, ratio, percentage) with the qualifier that travels to it: "more than 2.5 ×".</summary>
    public static string Derived(string number, Qualifier qualifier) => Qualified(number, qualifier);

    public static string Value(QualifiedValue? value) => value is { } v ? Value(v) : NotReported;

    public static string NotReported => Arabic ? "غير مُبلَّغ عنه" : "not reported";

    public static string QualifierName(Qualifier q) => (q, Arabic) switch
    {
        (Domain.Qualifier.Exact, false) => "exact",
        (Domain.Qualifier.About, false) => "about",
        (Domain.Qualifier.MoreThan, false) => "more than",
        (Domain.Qualifier.AtLeast, false) => "at least",
        (Domain.Qualifier.LessThan, false) => "less than",
        (Domain.Qualifier.Exact, true) => "دقيق",
        (Domain.Qualifier.About, true) => "نحو",
        (Domain.Qualifier.MoreThan, true) => "أكثر من",
        (Domain.Qualifier.AtLeast, true) => "على الأقل",
        _ => Arabic ? "أقل من" : "less than",
    };

    /// <summary>A signed change, the qualifier before the sign: "+32", "≈ −2,000".</summary>
    public static string Change(QualifiedValue change)
    {
        var sign = change.Value > 0 ? "+" : change.Value < 0 ? "−" : "±";
        return Qualified(sign + Number(Math.Abs(change.Value)), change.Qualifier);
    }

    public static string Percent(decimal percent) =>
        (percent > 0 ? "+" : percent < 0 ? "−" : "±") + Number(Math.Abs(percent), 0) + "%";

    public static string Ratio(decimal ratio) => Number(ratio, 1) + " ×";

    /// <summary>"2023", "H1 2024", "Q1 2024", "June 2024", "16 July 2024", "29 Aug 2024 – 4 Nov 2024".</summary>
    public static string Period(Period period)
    {
        var culture = CultureInfo.CurrentCulture;
        var y = period.Start.Year.ToString(CultureInfo.InvariantCulture);
        return period.Kind switch
        {
            PeriodKind.Year => y,
            PeriodKind.Half => Arabic ? $"النصف {(period.Start.Month == 1 ? "الأول" : "الثاني")} من {y}" : $"H{(period.Start.Month - 1) / 6 + 1} {y}",
            PeriodKind.Quarter => Arabic ? $"الربع {QuarterAr((period.Start.Month - 1) / 3)} من {y}" : $"Q{(period.Start.Month - 1) / 3 + 1} {y}",
            PeriodKind.Month => period.Start.ToString("MMMM yyyy", culture),
            PeriodKind.Day => period.Start.ToString("d MMMM yyyy", culture),
            _ => $"{period.Start.ToString("d MMM yyyy", culture)} – {period.End.ToString("d MMM yyyy", culture)}",
        };
    }

    private static string QuarterAr(int index) => index switch { 0 => "الأول", 1 => "الثاني", 2 => "الثالث", _ => "الرابع" };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Coverage(Coverage coverage) => coverage.CoveredMonths is { } m
        ? Arabic ? $"{Number(m)} من {Number(coverage.TotalMonths ?? 0)} أشهر" : $"{m} of {coverage.TotalMonths} months"
        : Arabic ? $"{Number(coverage.CoveredDays)} من {Number(coverage.TotalDays)} يوماً" : $"{coverage.CoveredDays:N0} of {coverage.TotalDays:N0} days";

    public static string How(Resolution r) => (r.How, Arabic) switch
    {
        (Derivation.Reported, false) => "reported",
        (Derivation.Reported, true) => "مُبلَّغ عنه",
        (Derivation.SummedOverTime, false) => r.IsPartial ? $"summed over time, partial: {Coverage(r.Coverage!)}" : "summed over time",
        (Derivation.SummedOverTime, true) => r.IsPartial ? $"مجموع عبر الزمن، جزئي: {Coverage(r.Coverage!)}" : "مجموع عبر الزمن",
        (Derivation.SummedOverMembers, false) => r.IsPartial ? $"summed over countries, partial: {Coverage(r.Coverage!)}" : "summed over countries",
        (Derivation.SummedOverMembers, true) => r.IsPartial ? $"مجموع البلدين، جزئي: {Coverage(r.Coverage!)}" : "مجموع البلدين",
        (Derivation.Level, false) => $"as of {Period(r.AsOf!.Value)}",
        (Derivation.Level, true) => $"حتى {Period(r.AsOf!.Value)}",
        (_, false) => "not reported",
        _ => "غير مُبلَّغ عنه",
    };
}
