using System.Text;

namespace CentcomTracker.Web.Domain.Extraction;

internal enum TokenKind { Word, Digits, Punct }

/// <summary>A word, a run of digits ("2,500") or a punctuation mark, by its offsets in the normalised text.</summary>
internal sealed record Token(TokenKind Kind, string Text, int Start, int End, int Clause);

/// <summary>A sentence as a range of tokens [First, Last); Heading when it follows a blank line or a line break.</summary>
internal sealed record Sentence(int First, int Last, bool StartsLine);

/// <summary>
/// A release's text prepared for reading: a normalised copy (lower case; Arabic without diacritics or tatweel, one
/// alef, ى as ي and ة as ه; Arabic-Indic digits and punctuation as Latin) in which every character remembers where it
/// came from, so a quote is always cut from the original exactly as written. Then tokens, clauses and sentences.
/// </summary>
internal sealed class ReleaseText
{
    // Abbreviations whose full stop does not end a sentence ("U.S. Central Command", "from Oct. 1 to Nov. 6").
    private static readonly HashSet<string> Abbreviations =
    [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "gen", "lt", "col", "maj", "capt", "sgt", "adm", "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "approx", "est",
    ];

    private static readonly HashSet<string> Durations =
        ["day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "يوم", "يوما", "ايام", "اسبوع", "اسابيع", "شهر", "اشهر", "شهور", "سنه", "سنوات", "اعوام"];

    // Words naming what a number after them identifies ("Resolution 2254", "Article 5", "القرار 2254", "رقم 3").
    private static readonly HashSet<string> ReferenceWords =
    [
        "unscr", "resolution", "resolutions", "article", "articles", "chapter", "section", "paragraph", "decree",
        "قرار", "القرار", "بالقرار", "للقرار", "القرارين", "قراري", "رقم", "الرقم", "الماده", "ماده", "الفقره", "الفصل", "مرسوم", "المرسوم",
    ];

    private static readonly HashSet<string> SentenceEnds = [".", "!", "?", "…"];
    private static readonly HashSet<string> ClauseEnds = [",", ";", ":", "–", "—", "(", ")"];

    private readonly List<int> map = [];

    public ReleaseText(string original)
    {
        Original = original;
        Text = Normalise(original);
        var (tokens, lineBreaks) = Tokenise(Text);
        Tokens = tokens;
        Sentences = Split(tokens, lineBreaks);
    }

    public string Original { get; }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    private bool Joined(int a, int b) => a >= 0 && b < Tokens.Count && Tokens[a].End == Tokens[b].Start;

    /// <summary>
    /// Digits joined to more digits by "-", "/" or ":" with no space are a date ("2024-06-15", "15/06/2024"), a
    /// reference ("20240405-01", "24-001"), a range ("June 15-16") or a time ("10:30"), not a figure.
    /// </summary>
    public bool IsIdentifier(int index)
    {
        if (Tokens[index].Kind != TokenKind.Digits) return false;
        return index + 2 < Tokens.Count && Tokens[index + 1].Text is "-" or "/" or ":" && Tokens[index + 2].Kind == TokenKind.Digits && Joined(index, index + 1) && Joined(index + 1, index + 2)
            || index >= 2 && Tokens[index - 1].Text is "-" or "/" or ":" && Tokens[index - 2].Kind == TokenKind.Digits && Joined(index - 2, index - 1) && Joined(index - 1, index);
    }

    /// <summary>
    /// "seven months", "30 days", "a 90-day period", "a 17-year-old": a number of units of time is a length, not a figure.
    /// </summary>
    public bool IsDuration(int index)
    {
        if (index >= Tokens.Count) return false;
        if (Tokens[index].Text == "-" && Joined(index - 1, index) && Joined(index, index + 1)) index++;  // "90-day"
        var word = Tokens[index].Text;
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        return Durations.Contains(dash < 0 ? word : word[..dash]);
    }

    /// <summary>
    /// Whether token <paramref name="index"/> numbers a list, and so is no figure:
    /// "(2)" opening a line; "2." or "2)" opening the text (a quote cut from a list), or a line when it is a 1 or the
    /// line numbered one less came before ("detained\n12. The operation…" is a sentence wrapped by hand); or one of a
    /// run of markers written the same way, in order from a "1)" or a "(1)" that opens a clause, within one paragraph
    /// (a line wrapped by hand goes on, a blank line ends it): "…: (1) ISIS claimed 12 attacks; (2) the SDF detained
    /// 40". A "1)" closing a bracket ("up from 1)") numbers nothing. Otherwise a number in brackets is a figure:
    /// "killed 3, (4) wounded", "(3) operations in Iraq and (4) in Syria", "Iraq (137)".
    /// </summary>
    public bool IsListNumber(int index) => ListMarks.Contains(index);

    private HashSet<int>? listMarks;

    /// <summary>Every number that numbers a list: found once, in one pass.</summary>
    private HashSet<int> ListMarks => listMarks ??= FindListMarks();

    private HashSet<int> FindListMarks()
    {
        var lineStarts = Sentences.Where(s => s.StartsLine).Select(s => s.First).ToHashSet();
        var sentenceStarts = Sentences.Select(s => s.First).ToHashSet();
        var lists = new HashSet<int>();
        var runs = new[] { new List<int>(), new List<int>() };  // the run so far of "2)" and of "(2)" markers
        void End(List<int> run)
        {
            if (run.Count >= 2) lists.UnionWith(run);
            run.Clear();
        }

        var depth = 0;  // brackets open in the sentence so far: "(up from 1) and" closes one, it numbers nothing
        var lastLineNumber = (Number: 0, Mark: "");
        for (var i = 0; i < Tokens.Count; i++)
        {
            // "2." or "2)" opening a line: numbering when it opens the text (a quote cut from a list), is a 1, or follows
            // the line numbered 1 less; "detained\n12. The operation…" is a sentence wrapped by hand.
            if (lineStarts.Contains(i) && i + 1 < Tokens.Count && Tokens[i].Kind == TokenKind.Digits && Tokens[i + 1].Text is "." or ")"
                && int.TryParse(Tokens[i].Text, out var lineNumber))
            {
                if (i == 0 || lineNumber == 1 || lastLineNumber == (lineNumber - 1, Tokens[i + 1].Text)) lists.Add(i);
                lastLineNumber = (lineNumber, Tokens[i + 1].Text);
            }

            if (sentenceStarts.Contains(i)) depth = 0;
            if (lineStarts.Contains(i) && BlankLineBefore(i))  // a new paragraph; a line wrapped by hand goes on
            {
                End(runs[0]);
                End(runs[1]);
            }

            var bracketsOpen = depth;
            if (Tokens[i].Text == "(") depth++;
            else if (Tokens[i].Text == ")") depth = Math.Max(0, depth - 1);
            if (InlineMarker(i, sentenceStarts) is not { } marker || !marker.Parenthesised && bracketsOpen > 0) continue;
            if (marker.Parenthesised && lineStarts.Contains(i - 1)) lists.Add(i);  // "(2)" opening a line
            var run = runs[marker.Parenthesised ? 1 : 0];
            if (marker.Number == 1 && (marker.OpensClause || !marker.Parenthesised))  // "1)" has no bracket to close
            {
                End(run);
                run.Add(i);
            }
            else if (run.Count > 0 && marker.Number == run.Count + 1)
            {
                run.Add(i);
            }
        }

        End(runs[0]);
        End(runs[1]);
        return lists;
    }

    private bool BlankLineBefore(int index) =>
        index > 0 && Text.AsSpan(Tokens[index - 1].End, Tokens[index].Start - Tokens[index - 1].End).Count('\n') >= 2;

    private sealed record Marker(int Number, bool Parenthesised, bool OpensClause);

    /// <summary>"(2)" or "2)" (a whole number up to 20) followed by words, the shape of inline list numbering; and whether it opens a clause.</summary>
    private Marker? InlineMarker(int index, HashSet<int> sentenceStarts)
    {
        if (Tokens[index].Kind != TokenKind.Digits || index + 2 >= Tokens.Count || Tokens[index + 1].Text != ")" || !Joined(index, index + 1)
            || Tokens[index + 2].Kind == TokenKind.Punct || !int.TryParse(Tokens[index].Text, out var number) || number > 20)
        {
            return null;
        }

        var parenthesised = index > 0 && Tokens[index - 1].Text == "(" && Joined(index - 1, index);
        var opens = parenthesised ? index - 1 : index;
        var before = opens - 1;
        var opensClause = before < 0 || sentenceStarts.Contains(opens)
            || Tokens[before] is { Kind: TokenKind.Punct, Text: ":" or ";" or "," or "…" or "-" or "–" or "—" } or { Text: "and" or "و" };
        return new Marker(number, parenthesised, opensClause);
    }

    /// <summary>
    /// "UNSCR 2254", "Resolution 2254", "No. 3", "القرار 2254", "رقم 3": a number that names a resolution, an article or
    /// another numbered thing is a reference, not a figure.
    /// </summary>
    public bool IsReference(int index)
    {
        if (Tokens[index].Kind != TokenKind.Digits) return false;

        // The next of a pair or list: "UNSCR 2254 and 2231", «القرارين 2170 و2178» (a few back at most).
        for (var back = 0; back < 8 && index > 1 && Tokens[index - 1].Text is "and" or "و" && Tokens[index - 2].Kind == TokenKind.Digits; back++)
        {
            index -= 2;
        }

        return index > 0
            && (IsReferenceWord(index - 1) && !(Tokens[index - 1].Text == "رقم" && index > 1 && Tokens[index - 2].Text == "الي")
                || Tokens[index - 1].Text is "." or "#" && index > 1 && Tokens[index - 2].Text is "no" or "nos" or "nr" && Joined(index - 2, index - 1)
                || Tokens[index - 1].Text == "#" && Joined(index - 1, index)
                || index > 2 && Tokens[index - 1].Text == "الامن" && Tokens[index - 2].Text == "مجلس" && IsReferenceWord(index - 3));  // «قرار مجلس الأمن 2254»
    }

    /// <summary>A word naming a numbered thing, also with a joined و, ب, ل or ف («والقرار», «برقم»).</summary>
    private bool IsReferenceWord(int index)
    {
        var word = Tokens[index].Text;
        return ReferenceWords.Contains(word) || word.Length > 3 && word[0] is 'و' or 'ب' or 'ل' or 'ف' && ReferenceWords.Contains(word[1..]);
    }

    /// <summary>
    /// Whether a number can be a figure: not part of a period written out (<paramref name="periods"/>: "June 2024",
    /// "since August 29"), nor a length of time, a share, a date, time or reference in digits, a numbered resolution or
    /// article ("UNSCR 2254"), or a list's numbering ("(2)").
    /// </summary>
    public bool IsFigure(NumberMention number, IReadOnlyList<PeriodMention> periods)
    {
        var start = Tokens[number.First].Start;
        if (periods.Any(p => p.Start <= start && start < p.End)) return false;
        if (IsDuration(number.Last)) return false;
        if (IsIdentifier(number.First) || IsIdentifier(number.Last - 1) || IsReference(number.First)) return false;
        return !IsListNumber(number.First);
    }

    /// <summary>The original characters behind normalised [start, end).</summary>
    public TextSpan ToOriginal(int start, int end) => new(map[start], map[end - 1] + 1 - map[start]);

    /// <summary>A sentence's span in the original, without a leading ellipsis, bullet or dash.</summary>
    public TextSpan SentenceSpan(Sentence sentence)
    {
        var first = sentence.First;
        while (first < sentence.Last - 1 && Tokens[first] is { Kind: TokenKind.Punct, Text: "…" or "-" or "•" or "*" or "–" or "—" })
        {
            first++;
        }

        return ToOriginal(Tokens[first].Start, Tokens[sentence.Last - 1].End);
    }

    private string Normalise(string original)
    {
        var text = new StringBuilder(original.Length);
        map.EnsureCapacity(original.Length + 1);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640')
            {
                continue;
            }

            c = c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                '،' or '٬' => ',',
                '؛' => ';',
                '؟' => '?',
                '٫' => '.',
                '\u00A0' or '\u202F' or '\u2009' => ' ',
                '“' or '”' or '«' or '»' or '„' => '"',
                '‘' or '’' => '\'',
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                _ => char.ToLowerInvariant(c),
            };
            text.Append(c);
            map.Add(i);
        }

        map.Add(original.Length);
        return text.ToString();
    }

    private static (List<Token> Tokens, HashSet<int> LineBreaks) Tokenise(string text)
    {
        var tokens = new List<Token>();
        var lineBreaks = new HashSet<int>(); // indices of tokens that start a line
        var clause = 0;
        var newLine = true;
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                newLine |= c == '\n';
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < text.Length)
                {
                    if (char.IsAsciiDigit(text[i])) i++;
                    else if (text[i] == ',' && i + 3 < text.Length + 1 && IsDigits(text, i + 1, 3) && !(i + 4 < text.Length && char.IsAsciiDigit(text[i + 4]))) i += 4;
                    else if (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) i++;
                    else break;
                }

                // "1st", "20th": an ordinal, read as a word and never as a figure.
                kind = TokenKind.Digits;
                if (i < text.Length && char.IsLetter(text[i]))
                {
                    while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                    kind = TokenKind.Word;
                }
            }
            else if (c == 'و' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                // "و12,000" ("and 12,000"): the conjunction is a word of its own, so the number is read whole.
                i++;
                kind = TokenKind.Word;
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '\'' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
                {
                    i++;
                }

                kind = TokenKind.Word;
            }
            else
            {
                i++;
                if (c == '.' && i + 1 < text.Length && text[i] == '.' && text[i + 1] == '.')
                {
                    i += 2;
                }

                kind = TokenKind.Punct;
            }

            var value = text[start..i];
            if (kind == TokenKind.Punct && value == "...") value = "…";
            if (newLine) lineBreaks.Add(tokens.Count);
            newLine = false;
            tokens.Add(new Token(kind, value, start, i, clause));
            if (kind == TokenKind.Punct && (ClauseEnds.Contains(value) || SentenceEnds.Contains(value)))
            {
                clause++;
            }
        }

        return (tokens, lineBreaks);
    }

    private static bool IsDigits(string text, int start, int count)
    {
        if (start + count > text.Length) return false;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return false;
        }

        return true;
    }

    private static List<Sentence> Split(List<Token> tokens, HashSet<int> lineBreaks)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var end = i + 1 == tokens.Count || lineBreaks.Contains(i + 1);
            if (!end && token.Kind == TokenKind.Punct && SentenceEnds.Contains(token.Text))
            {
                var abbreviation = token.Text == "." && i > 0 && tokens[i - 1] is { Kind: TokenKind.Word } previous
                    && previous.End == token.Start && (previous.Text.Length == 1 || Abbreviations.Contains(previous.Text));
                // "2." opening a numbered line is the list's numbering; "anonymity…, the group" goes on.
                var listNumber = token.Text == "." && i > 0 && tokens[i - 1].Kind == TokenKind.Digits && lineBreaks.Contains(i - 1);
                var goesOn = token.Text == "…" && i + 1 < tokens.Count && tokens[i + 1] is { Kind: TokenKind.Punct, Text: "," or ";" or ")" };
                end = !abbreviation && !listNumber && !goesOn;

                // A closing quotation mark or bracket right after the full stop belongs to this sentence.
                while (end && i + 1 < tokens.Count && tokens[i + 1] is { Kind: TokenKind.Punct, Text: "\"" or ")" or "'" } close
                    && close.Start == tokens[i].End && !lineBreaks.Contains(i + 1))
                {
                    i++;
                }
            }

            if (end)
            {
                sentences.Add(new Sentence(first, i + 1, lineBreaks.Contains(first)));
                first = i + 1;
            }
        }

        return sentences;
    }
}
