using System.Buffers;
using System.Text;
using CsvHelper;

namespace CentcomTracker.Web.Csv;

/// <summary>One row of the figures CSV, as text. <see cref="SourceTier"/>, <see cref="SourceNote"/> and <see cref="Peak"/> are null when the file has no such column.</summary>
public sealed record FigureRecord(
    string Metric, string Theatre, string Period, string Value, string Qualifier,
    string SourceTitle, string SourcePublisher, string SourceUrl, string SourceDate, string SourceLanguage,
    string Quote, string Translation, string Note, string? SourceTier = null, string? SourceNote = null, string? Peak = null);

/// <summary>A data row as read: its spreadsheet row number (the header is row 1), and either its fields or why they cannot be read.</summary>
public sealed record CsvRow(int Number, FigureRecord? Record, CsvMessage? Problem);

/// <summary>A file as read: file-level errors (nothing else is checked when there are any), or its rows.</summary>
public sealed record CsvFile(IReadOnlyList<CsvMessage> Errors, IReadOnlyList<CsvRow> Rows)
{
    public static CsvFile Failed(params CsvMessage[] errors) => new(errors, []);
}

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

    /// <summary>Optional, after the required ones: export writes them so that a backup restores its sources exactly.</summary>
    public static readonly IReadOnlyList<string> OptionalColumns = ["source_tier", "source_note", "peak"];

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
                r.Quote, r.Translation, r.Note, r.SourceTier ?? "", r.SourceNote ?? "", r.Peak ?? "",
            ]);
        }
    }

    /// <summary>
    /// Reads a file, reporting every problem an editor can fix: size, encoding, separator and header for the file;
    /// field counts and broken quoting for each row. Field values are checked later, by the input rules.
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

        var malformed = new Dictionary<long, CsvMalformedReason>();
        var options = CsvReaderOptions.Default with
        {
            // Never guessed: a semicolon file is refused with a message that says so, not read another way.
            Separator = ',',
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            // Blank lines are rows in a spreadsheet, so they count for the row numbers in messages.
            SkipEmptyLines = false,
            TrimWhitespace = false,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = record => malformed.TryAdd(record.RecordNumber, record.Reason),
        };

        using var reader = CsvReader.Create(content, options);
        var header = reader.Headers.Select(h => h.Trim()).ToList();
        if (HeaderErrors(header) is { Count: > 0 } headerErrors)
        {
            return new CsvFile(headerErrors, []);
        }

        var columns = header.Select(h => h.ToLowerInvariant()).ToList();
        var hasTier = columns.Contains("source_tier");
        var hasSourceNote = columns.Contains("source_note");
        var hasPeak = columns.Contains("peak");
        var rows = new List<CsvRow>();
        while (reader.Read())
        {
            var number = checked((int)reader.RowNumber + 1);
            var fields = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray();
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;  // a blank line, or a row a spreadsheet left empty
            }

            if (malformed.TryGetValue(number, out var reason))
            {
                rows.Add(new CsvRow(number, null, CsvMessage.Of(reason switch
                {
                    CsvMalformedReason.StrayQuote => CsvText.StrayQuote,
                    CsvMalformedReason.TextAfterClosingQuote => CsvText.TextAfterQuote,
                    CsvMalformedReason.UnterminatedQuote => CsvText.UnclosedQuote,
                    _ => CsvText.Malformed,
                })));
                continue;
            }

            if (fields.Length != columns.Count)
            {
                rows.Add(new CsvRow(number, null, CsvMessage.Of(CsvText.FieldCount, fields.Length, columns.Count)));
                continue;
            }

            string Field(string column) => fields[columns.IndexOf(column)];
            rows.Add(new CsvRow(number, new FigureRecord(
                Field("metric"), Field("theatre"), Field("period"), Field("value"), Field("qualifier"),
                Field("source_title"), Field("source_publisher"), Field("source_url"), Field("source_date"), Field("source_language"),
                Field("quote"), Field("translation"), Field("note"),
                hasTier ? Field("source_tier") : null, hasSourceNote ? Field("source_note") : null, hasPeak ? Field("peak") : null), null));
        }

        return rows.Count == 0 ? CsvFile.Failed(CsvMessage.Of(CsvText.HeaderOnly)) : new CsvFile([], rows);
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
