using System.Buffers;
using System.Text;
using CsvHelper;

namespace CentcomTracker.Web.Csv;

/// <summary>
/// The figures CSV (format in README.md): every value in invariant form, so a file means the same in every locale;
/// export writes a byte order mark, which spreadsheets need to show Arabic.
/// </summary>
public static class FigureCsv
{
    public static readonly IReadOnlyList<string> RequiredColumns =
    [
        "metric", "theatre", "period", "value", "qualifier",
        "source_title", "source_publisher", "source_url", "source_date", "source_language",
        "quote", "translation", "note",
    ];

    /// <summary>
    /// Optional, after the required ones: export writes them so that a backup restores its sources exactly, and its
    /// figures whose quote does not give the value in a way the tracker can read (value_confirmed) are accepted again.
    /// </summary>
    public static readonly IReadOnlyList<string> OptionalColumns = ["source_tier", "source_note", "peak", "value_confirmed"];

    public static readonly IReadOnlyList<string> ExportColumns = [.. RequiredColumns, .. OptionalColumns];

    /// <summary>The largest file the import page accepts: thousands of rows, far more than a release has.</summary>
    public const int MaxUploadBytes = 2 * 1024 * 1024;

    /// <summary>The import command reads local files, such as backups, which may be larger.</summary>
    public const int MaxCommandBytes = 64 * 1024 * 1024;

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with
    {
        Separator = ',',
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        // Quotes are written exactly as sourced: an escape character in front of "=" or "-" would change them.
        Injection = CsvInjection.None,
        WriteByteOrderMark = true,
    };

    public static CsvMessage TooLarge(long bytes, long limit) => CsvMessage.Of(CsvText.TooLarge, Megabytes(bytes), Megabytes(limit));

    private static string Megabytes(long bytes) =>
        (bytes / (1024m * 1024m)).ToString(bytes % (1024 * 1024) == 0 ? "0" : "0.0", System.Globalization.CultureInfo.InvariantCulture);

    public static void Write(Stream destination, IEnumerable<FigureRecord> records)
    {
        using var writer = CsvWriter.Create(destination, WriterOptions, leaveOpen: true);
        writer.WriteHeader([.. ExportColumns]);
        foreach (var r in records)
        {
            writer.WriteRecord([
                r.Metric, r.Theatre, r.Period, r.Value, r.Qualifier,
                r.SourceTitle, r.SourcePublisher, r.SourceUrl, r.SourceDate, r.SourceLanguage,
                r.Quote, r.Translation, r.Note, r.SourceTier ?? "", r.SourceNote ?? "", r.Peak ?? "", r.ValueConfirmed ?? "",
            ]);
        }
    }

    /// <summary>
    /// Reads a file, reporting every problem an editor can fix: size, encoding, separator and header for the file;
    /// field counts and broken quoting for each row. Field values are checked later, by the input rules. The rows are
    /// read as they are enumerated, one at a time, so a large file never lives in memory as records.
    /// </summary>
    public static CsvFile Read(ReadOnlyMemory<byte> file, long maxBytes)
    {
        if (file.Length > maxBytes)
        {
            return CsvFile.Failed(TooLarge(file.Length, maxBytes));
        }

        if (CsvEncoding.NotText(file.Span) is { } notText)
        {
            return CsvFile.Failed(notText);
        }

        var content = file.Span.StartsWith(Bom) ? file[Bom.Length..] : file;
        if (content.Span.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            return CsvFile.Failed(CsvMessage.Of(CsvText.Empty));
        }

        if (InvalidUtf8Line(content.Span) is { } badLine)
        {
            return CsvFile.Failed(CsvMessage.Of(CsvText.NotUtf8, badLine));
        }

        List<string> header;
        using (var reader = CsvReader.Create(content, ReaderOptions(null)))
        {
            header = [.. reader.Headers.Select(h => h.Trim())];
        }

        if (HeaderErrors(header) is { Count: > 0 } headerErrors)
        {
            return new CsvFile(headerErrors, [], []);
        }

        List<string> columns = [.. header.Select(h => h.ToLowerInvariant())];
        return new CsvFile([], Rows(content, columns), Values(content, columns.IndexOf("source_title")));
    }

    private static CsvReaderOptions ReaderOptions(Dictionary<long, CsvMalformedReason>? malformed) => CsvReaderOptions.Default with
    {
        // Never guessed: a semicolon file is refused with a message that says so, not read another way.
        Separator = ',',
        HasHeader = true,
        Mode = CsvMode.Rfc4180,
        // Blank lines are rows in a spreadsheet, so they count for the row numbers in messages.
        SkipEmptyLines = false,
        TrimWhitespace = false,
        MalformedData = CsvMalformedDataHandling.Recover,
        OnMalformedRecord = malformed is null ? null : record => malformed.TryAdd(record.RecordNumber, record.Reason),
        // Codes, dates and a source's fields repeat from row to row: each distinct value is one string.
        PoolStrings = true,
    };

    private static IEnumerable<string> Values(ReadOnlyMemory<byte> content, int column)
    {
        using var reader = CsvReader.Create(content, ReaderOptions(null));
        while (reader.Read())
        {
            yield return reader.GetString(column);
        }
    }

    private static IEnumerable<CsvRow> Rows(ReadOnlyMemory<byte> content, List<string> columns)
    {
        var malformed = new Dictionary<long, CsvMalformedReason>();
        using var reader = CsvReader.Create(content, ReaderOptions(malformed));
        int Column(string name) => columns.IndexOf(name);
        var (metric, theatre, period, value, qualifier) = (Column("metric"), Column("theatre"), Column("period"), Column("value"), Column("qualifier"));
        var (title, publisher, url, date, language) =
            (Column("source_title"), Column("source_publisher"), Column("source_url"), Column("source_date"), Column("source_language"));
        var (quote, translation, note, tier, sourceNote, peak) =
            (Column("quote"), Column("translation"), Column("note"), Column("source_tier"), Column("source_note"), Column("peak"));
        var confirmed = Column("value_confirmed");
        while (reader.Read())
        {
            var number = checked((int)reader.RowNumber + 1);
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            if (Array.TrueForAll(fields, string.IsNullOrWhiteSpace))
            {
                continue;  // a blank line, or a row a spreadsheet left empty
            }

            if (malformed.Remove(number, out var reason))
            {
                yield return new CsvRow(number, null, CsvMessage.Of(reason switch
                {
                    CsvMalformedReason.StrayQuote => CsvText.StrayQuote,
                    CsvMalformedReason.TextAfterClosingQuote => CsvText.TextAfterQuote,
                    CsvMalformedReason.UnterminatedQuote => CsvText.UnclosedQuote,
                    _ => CsvText.Malformed,
                }));
                continue;
            }

            if (fields.Length != columns.Count)
            {
                yield return new CsvRow(number, null, CsvMessage.Counted(fields.Length, CsvText.FieldCountOne, CsvText.FieldCount, fields.Length, columns.Count));
                continue;
            }

            string? Optional(int column) => column < 0 ? null : fields[column];
            yield return new CsvRow(number, new FigureRecord(
                fields[metric], fields[theatre], fields[period], fields[value], fields[qualifier],
                fields[title], fields[publisher], fields[url], fields[date], fields[language],
                fields[quote], fields[translation], fields[note], Optional(tier), Optional(sourceNote), Optional(peak), Optional(confirmed)), null);
        }
    }

    /// <summary>The required columns in order, then any of the optional ones; names are matched ignoring case.</summary>
    private static List<CsvMessage> HeaderErrors(IReadOnlyList<string> header)
    {
        if (header.Count == 1)
        {
            // One column: most likely a file from a spreadsheet set to another list separator.
            var only = header[0];
            if (only.Contains(';')) return [CsvMessage.Of(CsvText.Semicolons)];
            if (only.Contains('\t')) return [CsvMessage.Of(CsvText.Tabs)];
            if (only.Contains('|')) return [CsvMessage.Of(CsvText.Pipes)];
        }

        var names = header.Select(h => h.ToLowerInvariant()).ToList();
        var known = RequiredColumns.Concat(OptionalColumns).ToHashSet();
        var missing = RequiredColumns.Where(c => !names.Contains(c)).ToList();
        var unexpected = names.Where(n => !known.Contains(n)).Distinct().ToList();
        var repeated = names.Where(known.Contains).GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var inOrder = names.Take(RequiredColumns.Count).SequenceEqual(RequiredColumns);
        if (missing.Count == 0 && unexpected.Count == 0 && repeated.Count == 0 && inOrder)
        {
            return [];
        }

        List<CsvMessage> errors = [CsvMessage.Of(CsvText.WrongHeader, string.Join(",", RequiredColumns), string.Join(",", OptionalColumns))];
        if (missing.Count > 0) errors.Add(CsvMessage.Of(CsvText.MissingColumns, string.Join(", ", missing)));
        if (unexpected.Count > 0) errors.Add(CsvMessage.Of(CsvText.UnexpectedColumns, string.Join(", ", unexpected.Select(u => u.Length == 0 ? "\"\"" : u))));
        if (repeated.Count > 0) errors.Add(CsvMessage.Of(CsvText.RepeatedColumns, string.Join(", ", repeated)));
        if (missing.Count == 0 && unexpected.Count == 0 && repeated.Count == 0) errors.Add(CsvMessage.Of(CsvText.ColumnOrder));
        return errors;
    }

    /// <summary>The line of the first byte that is not UTF-8, or null when the whole text is UTF-8.</summary>
    private static int? InvalidUtf8Line(ReadOnlySpan<byte> text)
    {
        if (System.Text.Unicode.Utf8.IsValid(text))
        {
            return null;
        }

        var position = 0;
        while (Rune.DecodeFromUtf8(text[position..], out _, out var consumed) == OperationStatus.Done)
        {
            position += consumed;
        }

        return text[..position].Count((byte)'\n') + 1;
    }
}
