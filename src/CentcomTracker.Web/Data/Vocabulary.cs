using CentcomTracker.Web.Domain;

namespace CentcomTracker.Web.Data;

/// <summary>
/// The reference vocabulary every database has, seeded by the migrations themselves (so it is present even
/// with <c>Database:Seed=false</c>). Editors may add more metrics and theatres; these codes never change.
/// </summary>
public static class Vocabulary
{
    public static readonly Metric[] Metrics =
    [
        new() { Code = "attacks-claimed", Kind = MetricKind.Count, Category = MetricCategory.IsisActivity, DisplayOrder = 1,
            NameEn = "Attacks claimed by ISIS", NameAr = "هجمات تبنّاها داعش", UnitEn = "attacks", UnitAr = "هجمات",
            DescriptionEn = "Attacks ISIS claimed (or, where a source says so, was behind).",
            DescriptionAr = "الهجمات التي تبنّاها تنظيم داعش." },
        new() { Code = "operations", Kind = MetricKind.Count, Category = MetricCategory.CounterIsisOperations, DisplayOrder = 2,
            NameEn = "Defeat-ISIS operations", NameAr = "عمليات هزيمة داعش", UnitEn = "operations", UnitAr = "عمليات",
            DescriptionEn = "Operations by US Central Command and its partners against ISIS.",
            DescriptionAr = "العمليات التي نفّذتها القيادة المركزية الأميركية وشركاؤها ضد داعش." },
        new() { Code = "killed", Kind = MetricKind.Count, Category = MetricCategory.CounterIsisOperations, DisplayOrder = 3,
            NameEn = "ISIS operatives killed", NameAr = "عناصر داعش القتلى", UnitEn = "people", UnitAr = "عناصر",
            DescriptionEn = "ISIS operatives killed in those operations.",
            DescriptionAr = "عناصر داعش الذين قُتلوا في تلك العمليات." },
        new() { Code = "detained", Kind = MetricKind.Count, Category = MetricCategory.CounterIsisOperations, DisplayOrder = 4,
            NameEn = "ISIS operatives detained", NameAr = "عناصر داعش المعتقلون", UnitEn = "people", UnitAr = "عناصر",
            DescriptionEn = "ISIS operatives detained in those operations.",
            DescriptionAr = "عناصر داعش الذين اعتُقلوا في تلك العمليات." },
        new() { Code = "leaders-killed", Kind = MetricKind.Count, Category = MetricCategory.CounterIsisOperations, DisplayOrder = 5,
            NameEn = "Senior ISIS leaders killed", NameAr = "كبار قادة داعش القتلى", UnitEn = "leaders", UnitAr = "قادة",
            DescriptionEn = "Senior ISIS leaders killed.", DescriptionAr = "كبار قادة داعش الذين قُتلوا." },
        new() { Code = "leaders-captured", Kind = MetricKind.Count, Category = MetricCategory.CounterIsisOperations, DisplayOrder = 6,
            NameEn = "Senior ISIS leaders captured", NameAr = "كبار قادة داعش المأسورون", UnitEn = "leaders", UnitAr = "قادة",
            DescriptionEn = "Senior ISIS leaders captured.", DescriptionAr = "كبار قادة داعش الذين أُسروا." },
        new() { Code = "fighters-at-large", Kind = MetricKind.Level, Category = MetricCategory.IsisActivity, DisplayOrder = 7,
            NameEn = "ISIS fighters at large", NameAr = "مقاتلو داعش الطلقاء", UnitEn = "fighters", UnitAr = "مقاتلون",
            DescriptionEn = "ISIS fighters still at large, as of a date.",
            DescriptionAr = "مقاتلو داعش الذين ما زالوا طلقاء، في تاريخ معيّن." },
        new() { Code = "detainees-held", Kind = MetricKind.Level, Category = MetricCategory.DetentionAndCamps, DisplayOrder = 8,
            NameEn = "ISIS detainees held", NameAr = "معتقلو داعش المحتجزون", UnitEn = "detainees", UnitAr = "معتقلون",
            DescriptionEn = "ISIS members held in detention facilities, as of a date.",
            DescriptionAr = "عناصر داعش المحتجزون في مراكز الاحتجاز، في تاريخ معيّن." },
        new() { Code = "camp-population", Kind = MetricKind.Level, Category = MetricCategory.DetentionAndCamps, DisplayOrder = 9,
            NameEn = "Camp population", NameAr = "سكان المخيمات", UnitEn = "people", UnitAr = "أفراد",
            DescriptionEn = "People living in the al-Hol and Roj camps in north-east Syria, as of a date.",
            DescriptionAr = "الأفراد المقيمون في مخيمي الهول والروج شمال شرق سوريا، في تاريخ معيّن." },
    ];

    public static readonly Theatre[] Theatres =
    [
        new() { Code = DomainCodes.IraqAndSyria, NameEn = "Iraq and Syria", NameAr = "العراق وسوريا", DisplayOrder = 1 },
        new() { Code = DomainCodes.Iraq, NameEn = "Iraq", NameAr = "العراق", DisplayOrder = 2 },
        new() { Code = DomainCodes.Syria, NameEn = "Syria", NameAr = "سوريا", DisplayOrder = 3 },
        new() { Code = "SY-HOL", NameEn = "al-Hol camp", NameAr = "مخيم الهول", ParentCode = DomainCodes.Syria, DisplayOrder = 4 },
    ];

    public static readonly TheatreMember[] TheatreMembers =
    [
        new() { TheatreCode = DomainCodes.IraqAndSyria, MemberCode = DomainCodes.Iraq },
        new() { TheatreCode = DomainCodes.IraqAndSyria, MemberCode = DomainCodes.Syria },
    ];
}
