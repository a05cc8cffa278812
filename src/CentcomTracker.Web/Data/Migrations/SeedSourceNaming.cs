using Microsoft.EntityFrameworkCore.Migrations;

namespace CentcomTracker.Web.Data.Migrations;

/// <summary>
/// The seed sources as the SourceSeriesAndArabicPublisher migration names them in a database seeded before it: their
/// series of releases, their Arabic names, and S1 called what it is. Frozen here (not read from seed-data/), so the
/// migration does the same whenever it runs; rows an editor renamed since are left as they are.
/// </summary>
internal static class SeedSourceNaming
{
    // (publisher as seeded, title, publisher now, Arabic name, series)
    private static readonly (string Seeded, string Title, string Publisher, string PublisherAr, string Series)[] Sources =
    [
        ("Arabic news report (the seed article)", "الولاياتُ المتحدةُ: “داعش” ضاعفَ هجماتِه ويعيدُ تشكيلَ نفسِه", "Arabic news report of 17 July 2024 (outlet not named)", "تقرير إخباري عربي بتاريخ 17 يوليو 2024 (لم تُذكر الوسيلة)", "centcom"),
        ("US Central Command, statement reproduced verbatim by Little Apple Post", "CENTCOM mid-year update on the Defeat-ISIS mission, January–June 2024", "US Central Command, statement reproduced verbatim by Little Apple Post", "القيادة المركزية الأمريكية، بيان نقله موقع Little Apple Post حرفيًا", "centcom"),
        ("UPI", "Scores of ISIS operatives killed in Iraq, Syria in first half of year, CENTCOM says", "UPI", "وكالة يونايتد برس إنترناشونال (UPI)", "centcom"),
        ("US Central Command (press release 20240405-01)", "Defeat ISIS Mission in Iraq and Syria for January through March 2024", "US Central Command (press release 20240405-01)", "القيادة المركزية الأمريكية (البيان الصحفي 20240405-01)", "centcom"),
        ("Associated Press (via CFJC Today)", "Islamic State attacks on track to double in Iraq and Syria compared to last year, US military says", "Associated Press (via CFJC Today)", "وكالة أسوشيتد برس (عبر CFJC Today)", "ap"),
        ("Stars and Stripes", "ISIS attacks in Syria and Iraq surge", "Stars and Stripes", "ستارز آند سترايبس", "centcom"),
        ("Atlas News, citing BBC Monitoring", "ISIS Attacks Down Globally in 2023", "Atlas News, citing BBC Monitoring", "أطلس نيوز، نقلًا عن بي بي سي مونيتورينغ", "bbc-monitoring"),
        ("US Central Command (press release 20230202-01)", "CENTCOM Month in Review: The Fight Against ISIS in Iraq and Syria (January 2023)", "US Central Command (press release 20230202-01)", "القيادة المركزية الأمريكية (البيان الصحفي 20230202-01)", "centcom"),
        ("Shafaq News", "CENTCOM: US forces carried out 48 anti-ISIS operations in Iraq, Syria in February", "Shafaq News", "شفق نيوز", "centcom"),
        ("The Epoch Times", "US Forces Capture ISIS Attack Facilitator in Syria Helicopter Raid", "The Epoch Times", "ذا إيبوك تايمز", "centcom"),
        ("Free Press International (trib247)", "CENTCOM update: U.S. continues fight against ISIS in face of Iran proxy attacks", "Free Press International (trib247)", "فري برس إنترناشونال (trib247)", "centcom"),
        ("US Central Command (press release 20230606-01)", "CENTCOM Month in Review: The Fight Against ISIS in Iraq and Syria (May 2023)", "US Central Command (press release 20230606-01)", "القيادة المركزية الأمريكية (البيان الصحفي 20230606-01)", "centcom"),
        ("Kurdistan24", "13 ISIS suspects killed in partnered operations in Iraq and Syria in June: CENTCOM", "Kurdistan24", "كوردستان 24", "centcom"),
        ("Task & Purpose", "US troops are still launching more than one mission per day in Syria and Iraq", "Task & Purpose", "تاسك آند بربس", "centcom"),
        ("US Central Command (press release 20230809-01)", "July 2023 Month in Review: The Defeat ISIS Mission in Iraq and Syria", "US Central Command (press release 20230809-01)", "القيادة المركزية الأمريكية (البيان الصحفي 20230809-01)", "centcom"),
        ("Daily Mail", "(CENTCOM November 2023 figures)", "Daily Mail", "ديلي ميل", "centcom"),
        ("Kurdistan24", "US conducted 313 operations against ISIS in Iraq and Syria in 2022: CENTCOM", "Kurdistan24", "كوردستان 24", "centcom"),
        ("Rudaw", "(CENTCOM end-of-year update 2022)", "Rudaw", "رووداو", "centcom"),
        ("US Central Command (statement)", "General Michael \"Erik\" Kurilla on visiting the al-Hol Camp on Sept. 9", "US Central Command (statement)", "القيادة المركزية الأمريكية (تصريح)", "centcom"),
    ];

    public static void Apply(MigrationBuilder migrationBuilder)
    {
        foreach (var s in Sources)
        {
            migrationBuilder.Sql(
                $"UPDATE \"Sources\" SET \"Publisher\" = {Literal(s.Publisher)}, \"PublisherAr\" = {Literal(s.PublisherAr)}, \"Series\" = {Literal(s.Series)} " +
                $"WHERE \"Publisher\" = {Literal(s.Seeded)} AND \"Title\" = {Literal(s.Title)};");
        }
    }

    // Standard SQL string literals, the same in SQLite and PostgreSQL.
    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
