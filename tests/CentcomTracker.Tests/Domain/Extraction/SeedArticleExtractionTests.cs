namespace CentcomTracker.Tests.Domain.Extraction;

/// <summary>
/// The seed article (S1, published Wednesday 17 July 2024), in the Arabic original and its sentence-by-sentence English
/// rendering: both yield the article's twelve figures and nothing else. The levels hold on the article's own date;
/// the seed data dates them 16 July, the day CENTCOM issued the statement the article relays, which the text does not say.
/// </summary>
public sealed class SeedArticleExtractionTests
{
    public const string Arabic = """
الولاياتُ المتحدةُ: “داعش” ضاعفَ هجماتِه ويعيدُ تشكيلَ نفسِه
أعلنت القيادةُ المركزيةُ الأميركية “سنتكوم”، الأربعاء، أنَّ تنظيمَ “داعش” ضاعفَ هجماته في العراق وسوريا منذ بداية العام الحالي، وأكّدت أنَّه يحاولُ إعادة تشكيلِ نفسه.
وقالت “سنتكوم” في تغريدةٍ على منصّة “إكس”، إنَّ داعشَ نفّذ منذ بداية 2024 وحتى حزيران، 153 هجوماً في العراق وسوريا، لافتةً إلى أنَّه في طريقه للوصول إلى ضعفِ عددِ الهجمات التي تبنّى مسؤوليتَه عنها في 2023.
واعتبرت أنَّ الزيادةَ في عددِ الهجمات يشير إلى أنَّ التنظيمَ “يحاول إعادةَ تشكيل نفسه بعد سنوات من انخفاض قدراتِه”.
وكشفت القيادةُ الأميركية عن تنفيذِ 59 عمليّةً في سوريا خلال النصف الأول من 2024، في إطار “مواصلةِ الجهود لهزيمة التنظيم ومنعِه من شنِّ هجمات خارجية”، موضّحةً أنَّها قتلت 14 عنصراً واعتقلت 92 آخرين عبرَ تلك العمليات.
في العراق، قالت إنَّها نفّذت 137 عمليّةً أدّت لمقتل 30 عنصراً من التنظيم واعتقال 74 آخرين في نفس الفترة الزمنيّة للعمليات في سوريا.
وعلى مستوى القادة، قالت إنَّها قتلت في سوريا والعراق، 8 من كبار قادةِ “داعش” كما أسرت 32 آخرين، مشيرةً إلى أنَّ من بين هؤلاء قادةً مسؤولين عن التخطيط للعمليات خارج البلدين، وآخرين مسؤولين عن التجنيد والتدريبِ وتهريبِ الأسلحة.
ولفتت إلى أنَّ “تحييدَ هؤلاء الأفراد من مناصبهم القياديّةِ يؤدّي إلى مزيد من التدهور في قدرة التنظيمِ على القيام بعمليات خارجية في الولايات المتحدة والدول الحليفة”.
وأكّدت القيادةُ الأميركيّة أنَّها مستمرّةٌ في ملاحقة ألفين و500 مقاتلٍ من “داعش” في العراق وسوريا، لأنّها “عنصرٌ حاسمٌ في الهزيمة الدائمة ” للتنظيم، كما شدّدت على أهمية الجهود الدولية لإعادة أكثرَ من 9 آلاف معتقلٍ من “داعش” في مراكز الاحتجاز في سوريا، لإعادتهم إلى بلدانهم.
وكذلك شدّدت على إعادة تأهيلِ 43 ألفَ فردٍ في مخيمي الهول والروج شمالَ شرقِ سوريا.
وقال القائدُ العام للقيادة الجنرالُ مايكل كوريلا إنَّ “الهزيمةَ الشاملة والدائمةَ لتنظيم داعش تعتمد على الجهود المشتركةِ للتحالف والشركاء لتحييد القادة الرئيسيين من ساحة المعركة واسترجاعِ الأسر من الهول وروج وإعادة تأهيلِها ودمجِها”.
وأضاف كوريلا، “نحن نواصل تركيزَ جهودنا على استهداف أعضاءِ تنظيم داعش الذين يسعون إلى القيام بعمليات خارجيّةٍ خارجَ العراق وسوريا على وجه التحديد وأعضاءِ التنظيم الذين يحاولون مساعدةَ أعضاء داعش المحتجزين على الهروب في محاولةٍ لإعادة تشكيل صفوفهم”.
""";

    public const string English = """
The United States: "ISIS" has doubled its attacks and is reconstituting itself

1. US Central Command (CENTCOM) announced on Wednesday that ISIS has doubled its attacks in Iraq and Syria since the start of the current year, and stressed that it is trying to reconstitute itself.
2. CENTCOM said in a post on X that since the start of 2024 and up to June, ISIS carried out **153 attacks** in Iraq and Syria, noting that it is on its way to reaching **double the number of attacks it claimed in 2023**.
3. It considered that the increase in attacks indicates the organisation "is attempting to reconstitute itself after several years of reduced capability".
4. CENTCOM disclosed that it carried out **59 operations in Syria** during the first half of 2024, as part of "continuing efforts to defeat the organisation and prevent it from launching external attacks", explaining that it **killed 14** members and **detained 92** others through those operations.
5. In Iraq, it said it carried out **137 operations** that led to the **killing of 30** members of the organisation and the **detention of 74** others in the same period as the operations in Syria.
6. At the level of leaders, it said that in Syria and Iraq it **killed 8 senior ISIS leaders** and **captured 32 others**, noting that among them were leaders responsible for planning operations outside the two countries, and others responsible for recruitment, training and weapons smuggling.
7. It noted that "removing these individuals from their leadership positions leads to further degradation of the organisation's ability to carry out external operations in the United States and allied countries".
8. CENTCOM affirmed that it continues to pursue **2,500 ISIS fighters** in Iraq and Syria, because that is "a critical element of the enduring defeat" of the organisation, and stressed the importance of international efforts to repatriate **more than 9,000 ISIS detainees** held in detention facilities in Syria to their home countries.
9. It likewise stressed the rehabilitation of **43,000 individuals in the al-Hol and Roj camps** in north-east Syria.
10. CENTCOM commander General Michael Kurilla said that "the comprehensive and enduring defeat of ISIS depends on the joint efforts of the coalition and partners to remove key leaders from the battlefield and to repatriate, rehabilitate and reintegrate families from al-Hol and Roj".
11. Kurilla added: "We continue to focus our efforts on targeting ISIS members who seek to carry out external operations outside Iraq and Syria specifically, and members of the organisation who are trying to help detained ISIS members escape in an attempt to rebuild their ranks."
""";

    private static readonly string[] Figures =
    [
        "attacks-claimed IQ+SY 2024-H1 153 exact",
        "operations SY 2024-H1 59 exact", "killed SY 2024-H1 14 exact", "detained SY 2024-H1 92 exact",
        "operations IQ 2024-H1 137 exact", "killed IQ 2024-H1 30 exact", "detained IQ 2024-H1 74 exact",
        "leaders-killed IQ+SY 2024-H1 8 exact", "leaders-captured IQ+SY 2024-H1 32 exact",
        "fighters-at-large IQ+SY 2024-07-17 2500 exact", "detainees-held SY 2024-07-17 9000 more-than", "camp-population SY 2024-07-17 43000 exact",
    ];

    [Fact]
    public void The_Arabic_original_yields_the_articles_figures_with_their_Arabic_sentences()
    {
        var result = ExtractionAssert.Finds(Arabic, "2024-07-17", null, Figures);
        Assert.Equal("ar", result.Language);
        Assert.Empty(result.Unplaced);

        // "ألفين و500" is one number, and the quote is the Arabic sentence exactly as written.
        var fighters = Assert.Single(result.Candidates, c => c.Metric == "fighters-at-large");
        Assert.Equal("ألفين و500", fighters.Number.Of(Arabic));
        Assert.StartsWith("وأكّدت القيادةُ الأميركيّة", fighters.Quote, StringComparison.Ordinal);
        Assert.Equal("9 آلاف", Assert.Single(result.Candidates, c => c.Metric == "detainees-held").Number.Of(Arabic));
    }

    [Fact]
    public void The_English_rendering_yields_the_same_figures()
    {
        var result = ExtractionAssert.Finds(English, "2024-07-17", null, Figures);
        Assert.Equal("en", result.Language);

        // "planning operations outside the two countries": a number, but no figure.
        ExtractionAssert.Unplaced(result, "no-metric 2 exact");
    }
}
