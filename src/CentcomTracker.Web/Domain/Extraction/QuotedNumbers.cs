namespace CentcomTracker.Web.Domain.Extraction;

/// <summary>
/// The numbers a figure's quote gives, read as the release extractor reads a release: digits with separators
/// ("9,000"), Arabic-Indic digits ("٩٠٠٠"), English and Arabic words ("eight", "ثلاثة وعشرين", "9 آلاف"). Years,
/// dates, times, lengths of time, shares ("50 percent") and references are not figures and are left out, so "From
/// January to June 2024, ISIS has claimed 153 attacks" gives 153 alone; nor is part of a number ("أحد عشر" gives 11,
/// never 10). What the reader cannot read (a dozen, "10 000", a rare spelling) it does not give: a quote can state a
/// value that this does not find, never the other way round.
/// </summary>
public static class QuotedNumbers
{
    /// <summary>A number as written in the quote; <see cref="Value"/> is null when the writing leaves it open ("1.000").</summary>
    public sealed record QuotedNumber(decimal? Value, string Written);

    // Periods are found only to set their numbers aside; where they fall does not depend on the date that relative
    // ones ("last year", "since August 29") resolve against, so any date in the tracker's years will do.
    private static readonly Period Resolving = Period.Day(FigureRules.Plausible.End);

    public static IReadOnlyList<QuotedNumber> Read(string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var text = new ReleaseText(quote.Length <= ReleaseExtractor.MaxLength ? quote : quote[..ReleaseExtractor.MaxLength]);
        var periods = PeriodReader.Read(text.Text, Resolving);
        var numbers = new List<QuotedNumber>();
        foreach (var sentence in text.Sentences)
        {
            foreach (var number in NumberReader.Read(text.Tokens, sentence.First, sentence.Last)
                         .Where(n => text.IsFigure(n, periods) && !Lexicon.IsPercentage(text.Text, text.Tokens[n.Last - 1].End)))
            {
                var written = text.ToOriginal(text.Tokens[number.First].Start, text.Tokens[number.Last - 1].End).Of(text.Original);
                numbers.Add(new QuotedNumber(number.Ambiguous ? null : number.Value, written));
            }
        }

        return numbers;
    }

    /// <summary>Whether the quote gives <paramref name="value"/> as far as the reader can tell.</summary>
    public static bool States(string quote, long value) => Read(quote).Any(n => n.Value == value);
}
