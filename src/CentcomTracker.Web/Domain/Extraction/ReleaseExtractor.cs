namespace CentcomTracker.Web.Domain.Extraction;

/// <summary>
/// Reads a release (English or Arabic) and proposes the figures it reports, for an editor to confirm. Each number is
/// placed from its own sentence: what it counts from the words around it ("44 ISIS operatives killed", "killing 466",
/// "32 captured" after "eight senior ISIS leaders killed"), where from the nearest theatre named in its clause or
/// sentence, and over what from the nearest period. What a sentence leaves out comes only from what the release
/// itself said: the period of the figure before (or a dated heading, or the source's title), a theatre heading
/// ("In Iraq:"), the theatre of the sentence before a "Furthermore,". A figure given without any place is taken as
/// the mission's total (Iraq and Syria; Syria for the camps) and marked so. Levels (fighters at large, detainees
/// held, camp population) hold on the publication day. A number that cannot be placed is listed as unplaced with
/// its reason — percentages, peaks, a part of a total ("US-only operations"), no metric, no period — never guessed.
/// Years, dates and durations ("in seven months") are read as periods, never as figures.
/// </summary>
public static class ReleaseExtractor
{
    /// <summary>The longest text read, in characters: a long release is a few thousand.</summary>
    public const int MaxLength = 64 * 1024;

    /// <summary>
    /// How far, in words, the reader looks from a number for what it belongs to (a camp later in the clause, the thing
    /// compared before it): what names it stands within a few words, and looking no further keeps a sentence of
    /// thousands of numbers ("1 and 1 and…") from costing the square of its length.
    /// </summary>
    private const int NearbyWords = 40;

    private static readonly HashSet<string> LevelMetrics = ["fighters-at-large", "detainees-held", "camp-population"];

    private static readonly HashSet<string> LeadingWords =
        ["in", "while", "meanwhile", "and", "neighboring", "neighbouring", "northern", "eastern", "north-east", "northeast", "\"", "…", "في", "و", "وفي", "اما", "-", "*", "•"];

    private static readonly HashSet<string> Continuations = ["furthermore", "additionally", "moreover", "also", "besides"];

    public static ExtractionResult Extract(string text, Period published, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var release = new ReleaseText(text);
        var reading = new Reading(release, published, PeriodReader.Read(release.Text, published), Lexicon.Theatres(release.Text))
        {
            Context = title is null ? null : PeriodReader.Read(new ReleaseText(title).Text, published).FirstOrDefault(m => m.Period.Kind != PeriodKind.Day)?.Period,
        };

        foreach (var sentence in release.Sentences)
        {
            reading.Read(sentence);
        }

        return new ExtractionResult(Language(release.Text), reading.Candidates, reading.Unplaced);
    }

    private static string Language(string text)
    {
        var arabic = text.Count(c => c is >= '\u0600' and <= '\u06FF');
        var latin = text.Count(char.IsAsciiLetter);
        return arabic > latin ? "ar" : "en";
    }

    /// <summary>One pass over a release: what the sentences before have established, and what has been found.</summary>
    private sealed class Reading(ReleaseText release, Period published, List<PeriodMention> periods, List<TheatreMention> theatres)
    {
        private readonly IReadOnlyList<Token> tokens = release.Tokens;
        private string? heading;
        private string? previousTheatre;

        public Period? Context { get; set; }

        public List<CandidateFigure> Candidates { get; } = [];

        public List<UnplacedNumber> Unplaced { get; } = [];

        public void Read(Sentence sentence)
        {
            var from = tokens[sentence.First].Start;
            var to = tokens[sentence.Last - 1].End;
            var sentencePeriods = periods.Where(p => p.Start >= from && p.End <= to).ToList();
            var sentenceTheatres = theatres.Where(t => t.Start >= from && t.End <= to).ToList();
            var numbers = NumberReader.Read(tokens, sentence.First, sentence.Last).Where(n => release.IsFigure(n, sentencePeriods)).ToList();
            var span = release.SentenceSpan(sentence);
            var quote = span.Of(release.Original);

            if (numbers.Count == 0)
            {
                // A short line naming only a place ("In Iraq:") heads what follows; a sentence opening with a period
                // ("During the month of May 2023…") dates what follows.
                if (sentence.Last - sentence.First <= 6 && sentenceTheatres.Count == 1) heading = sentenceTheatres[0].Theatre;
                if (sentencePeriods.FirstOrDefault(p => p.Period.Kind != PeriodKind.Day && p.Start <= OpeningEnd(sentence)) is { } opening) Context = opening.Period;
                previousTheatre = null;
                return;
            }

            var topic = Topic(sentence, sentenceTheatres, numbers[0]);
            var continues = tokens.Skip(sentence.First).Take(2).Any(t => Continuations.Contains(t.Text)) ? previousTheatre : null;
            var actions = numbers.Select(n => ActionBefore(n.First, sentence.First)).ToList();
            Subject? previousSubject = null;
            string? previousMetric = null;
            string? lastTheatre = null;
            for (var k = 0; k < numbers.Count; k++)
            {
                var number = numbers[k];
                var start = tokens[number.First].Start;
                var end = tokens[number.Last - 1].End;
                var numberSpan = release.ToOriginal(start, end);
                var qualifier = Lexicon.QualifierAround(release.Text, start, end);
                var limit = k + 1 < numbers.Count ? actions[k + 1].Index ?? numbers[k + 1].First : sentence.Last;
                var (subject, windowAction, camp) = Describe(number.Last, Math.Min(limit, number.Last + 8), sentence.Last);
                if (subject is Subject.None or Subject.People or Subject.Fighters && Lexicon.IsHolding(WordBefore(number.First, sentence.First)))
                {
                    subject = Subject.Detainees; // "the SDF holds 10,000 ISIS fighters": held, not at large
                }

                string? reason = number.Ambiguous ? UnplacedReasons.AmbiguousSeparator
                    : !number.IsWhole ? UnplacedReasons.NotWhole
                    : number.Value > FigureRules.MaxValue ? UnplacedReasons.TooLarge
                    : Lexicon.IsPercentage(release.Text, end) ? UnplacedReasons.Percentage
                    : Lexicon.IsPeak(release.Text, start) ? UnplacedReasons.Peak
                    : subject == Subject.PartOfTotal ? UnplacedReasons.Breakdown
                    : null;
                var action = actions[k].Action != Action.None ? actions[k].Action : windowAction;
                if (subject is Subject.None or Subject.Others && action != Action.None)
                {
                    subject = previousSubject == Subject.Leaders ? Subject.Leaders : Subject.People;
                }

                var metric = reason is null ? Lexicon.MetricOf(subject, action, camp) : null;
                if (reason is null && metric is null && subject == Subject.None && IsComparison(number.First, sentence.First))
                {
                    // "down from 44 in June", "from 37 in June to 20 last month": the metric of the figure compared.
                    metric = previousMetric ?? SubjectBefore(number.First, sentence.First);
                }

                if (reason is null && metric is null) reason = UnplacedReasons.NoMetric;
                previousSubject = subject;
                previousMetric = metric ?? previousMetric;
                var value = !number.Ambiguous && number.IsWhole && number.Value <= FigureRules.MaxValue ? (long?)number.Value : null;
                if (reason is not null)
                {
                    Unplaced.Add(new UnplacedNumber(value, qualifier, reason, quote, span, numberSpan));
                    continue;
                }

                var notes = new List<string>();
                Period period;
                if (LevelMetrics.Contains(metric!))
                {
                    period = sentencePeriods.FirstOrDefault(p => p.Period.Kind == PeriodKind.Day)?.Period ?? published;
                }
                else if (Nearest(sentencePeriods, start, end, tokens[number.First].Clause, p => p.Start, p => p.End) is { } written)
                {
                    period = written.Period;
                    Context = period;
                }
                else if (Context is { } carried)
                {
                    period = carried;
                    notes.Add(ExtractionNotes.PeriodFromContext);
                }
                else
                {
                    Unplaced.Add(new UnplacedNumber(value, qualifier, UnplacedReasons.NoPeriod, quote, span, numberSpan));
                    continue;
                }

                if (period.End > published.End) notes.Add(ExtractionNotes.PeriodNotOver);
                var theatre = topic ?? Nearest(sentenceTheatres, start, end, tokens[number.First].Clause, t => t.Start, t => t.End)?.Theatre ?? continues ?? heading;
                if (theatre is null)
                {
                    theatre = metric == "camp-population" ? DomainCodes.Syria : DomainCodes.IraqAndSyria;
                    notes.Add(ExtractionNotes.TheatreAssumed);
                }
                else
                {
                    lastTheatre = theatre;
                }

                Candidates.Add(new CandidateFigure(metric!, theatre, period, number.Value > 0 ? (long)number.Value : 0, qualifier, quote, span, numberSpan, notes));
            }

            previousTheatre = lastTheatre;
        }

        private int OpeningEnd(Sentence sentence)
        {
            // The period may follow one word ("During the month of May 2023…", "For January 2023:").
            var first = sentence.First;
            while (first < sentence.Last - 1 && tokens[first].Kind == TokenKind.Punct) first++;
            return tokens[Math.Min(first + 1, sentence.Last - 1)].Start;
        }

        /// <summary>Numbers that are figures: not inside a period ("January 2023", "in seven months"), a duration or a list's numbering.</summary>
        /// <summary>A theatre that opens the sentence ("In Iraq, …", "في العراق، …", "In neighboring Syria, …") covers all of it.</summary>
        private string? Topic(Sentence sentence, List<TheatreMention> mentions, NumberMention firstNumber)
        {
            if (mentions.Count == 0 || mentions[0].End > tokens[firstNumber.First].Start) return null;
            var mention = mentions[0];
            var i = release.IsListNumber(sentence.First) ? sentence.First + 2 : sentence.First;
            for (; i < sentence.Last && tokens[i].End <= mention.Start; i++)
            {
                if (!LeadingWords.Contains(tokens[i].Text)) return null;
            }

            while (i < sentence.Last && tokens[i].Start < mention.End) i++;
            return i == sentence.Last || tokens[i].Text is "," or ":" or "…" or "." ? mention.Theatre : null;
        }

        /// <summary>
        /// The mention a number belongs to: the nearest after it in its own clause ("59 operations in Syria during
        /// the first half of 2024"), else the nearest before it in the sentence, else the nearest after it.
        /// </summary>
        private T? Nearest<T>(List<T> mentions, int start, int end, int clause, Func<T, int> from, Func<T, int> to) where T : class =>
            mentions.Where(m => from(m) >= end && ClauseAt(from(m)) == clause).MinBy(from)
            ?? mentions.Where(m => to(m) <= start).MaxBy(to)
            ?? mentions.Where(m => from(m) >= end).MinBy(from);

        private int ClauseAt(int position) => tokens.First(t => t.End > position).Clause;

        /// <summary>The verb or noun of the act right before a number ("killing 466", "قتلت في سوريا والعراق، 8").</summary>
        private (Action Action, int? Index) ActionBefore(int index, int first)
        {
            for (var j = index - 1; j >= first && index - j <= 8; j--)
            {
                var token = tokens[j];
                // A comma is passed only after a place ("قتلت في سوريا والعراق، 8"), not between list items ("17 killed, 14 detained").
                if (token.Kind == TokenKind.Punct && token.Text is "*" or "\"") continue;
                if (token.Text == "," && j > first && InTheatre(tokens[j - 1])) continue;
                if (InTheatre(token) || Lexicon.IsFiller(token.Text)) continue;
                if (j > first && Lexicon.IsTakeOut(tokens[j - 1].Text, token.Text)) return (Action.Killed, j - 1);
                var action = Lexicon.ActionOf(token.Text, before: true);
                return action == Action.None ? (Action.None, null) : (action, j);
            }

            return (Action.None, null);
        }

        private bool InTheatre(Token token) => theatres.Any(t => t.Start <= token.Start && token.End <= t.End);

        /// <summary>What the words after a number say it counts, up to the next number's own words.</summary>
        private (Subject Subject, Action Action, bool Camp) Describe(int from, int to, int sentenceEnd)
        {
            var subject = Subject.None;
            var action = Action.None;
            for (var j = from; j < to; j++)
            {
                var word = tokens[j].Text;
                var found = Lexicon.SubjectOf(word);
                if (subject is Subject.None || subject is Subject.People or Subject.Others && found is not (Subject.None or Subject.Others or Subject.Operations or Subject.Attacks))
                {
                    subject = found == Subject.None ? subject : found;
                }

                if (action == Action.None) action = j > from && Lexicon.IsTakeOut(tokens[j - 1].Text, word) ? Action.Killed : Lexicon.ActionOf(word);
            }

            var clause = tokens[Math.Max(from - 1, 0)].Clause;
            var camp = false;
            // A camp named later in the clause ("43,000 people remain in the al-Hol and Roj camps").
            for (var j = from; j < Math.Min(sentenceEnd, from + NearbyWords) && tokens[j].Clause == clause && !camp; j++) camp = Lexicon.IsCamp(tokens[j].Text);
            return (subject, action, camp);
        }

        private string WordBefore(int index, int first)
        {
            for (var j = index - 1; j >= first; j--)
            {
                if (!Lexicon.IsFiller(tokens[j].Text)) return tokens[j].Text;
            }

            return "";
        }

        private bool IsComparison(int index, int first)
        {
            for (var j = index - 1; j >= first; j--)
            {
                if (tokens[j].Text is "the" or "a") continue;
                return tokens[j].Text is "from" or "to" or "and" or "من" or "الي";
            }

            return false;
        }

        /// <summary>"a drop in operations in Iraq, from 37": the nearest thing counted named before the number.</summary>
        private string? SubjectBefore(int index, int first)
        {
            // The figure compared is named shortly before ("down from 44 attacks in June to 20").
            for (var j = index - 1; j >= Math.Max(first, index - NearbyWords); j--)
            {
                if (Lexicon.MetricOf(Lexicon.SubjectOf(tokens[j].Text), Action.None, false) is { } metric) return metric;
            }

            return null;
        }
    }
}
