namespace CentcomTracker.Web.Csv;

/// <summary>
/// Files that are not UTF-8 text at all, told apart before the CSV is read: UTF-16 and UTF-32 (with a byte order
/// mark or without, as Excel's "Unicode text" and some editors save), whose NUL bytes would otherwise pass for
/// UTF-8 and end in a header error full of NULs, and binary files (a workbook, a PDF, a picture) saved instead of a CSV.
/// </summary>
public static class CsvEncoding
{
    private const int SampleBytes = 4096;

    private static readonly byte[][] BinarySignatures =
    [
        "PK\u0003\u0004"u8.ToArray(),                          // .xlsx, .ods, .zip
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],      // .xls, .doc
        "%PDF-"u8.ToArray(),
        [0x89, .. "PNG"u8],
        "GIF8"u8.ToArray(),
        [0xFF, 0xD8, 0xFF],                                    // JPEG
        [0x1F, 0x8B],                                          // gzip
    ];

    /// <summary>Why <paramref name="file"/> is not UTF-8 text, or null when it may be.</summary>
    public static CsvMessage? NotText(ReadOnlySpan<byte> file)
    {
        if (UnicodeOtherThanUtf8(file) is { } encoding)
        {
            return CsvMessage.Of(CsvText.OtherUnicode, encoding);
        }

        var sample = file[..Math.Min(file.Length, SampleBytes)];
        foreach (var signature in BinarySignatures)
        {
            if (sample.StartsWith(signature)) return CsvMessage.Of(CsvText.Binary);
        }

        // A NUL or two is a damaged value, which the input rules name with its row and position; many are not text.
        return sample.Count((byte)0) * 50 > sample.Length ? CsvMessage.Of(CsvText.Binary) : null;
    }

    /// <summary>"UTF-16" or "UTF-32" from the byte order mark, or else from where the NUL bytes of ASCII characters fall.</summary>
    private static string? UnicodeOtherThanUtf8(ReadOnlySpan<byte> file)
    {
        if (file.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || file.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])) return "UTF-32";
        if (file.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || file.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return "UTF-16";

        var sample = file[..(Math.Min(file.Length, SampleBytes) / 4 * 4)];
        var quads = sample.Length / 4;
        if (quads < 2 || !sample.Contains((byte)0)) return null;
        Span<int> zeros = stackalloc int[4];
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0) zeros[i % 4]++;
        }

        // Mostly-ASCII text (a CSV header, codes, digits, commas): UTF-32 has three NULs in four bytes, UTF-16 one in two.
        var most = quads * 9 / 10;
        if ((zeros[2] >= most && zeros[3] >= most) || (zeros[0] >= most && zeros[1] >= most)) return "UTF-32";
        int odd = zeros[1] + zeros[3], even = zeros[0] + zeros[2];
        var pairs = quads * 2;
        return (odd >= pairs / 4 && even <= pairs / 20) || (even >= pairs / 4 && odd <= pairs / 20) ? "UTF-16" : null;
    }
}
