using System.Text.Json;

namespace CentcomTracker.Web.Data;

/// <summary>Snapshots of what an audit entry records, in stable codes so old entries stay readable.</summary>
public static class AuditSnapshots
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public sealed record FigureSnapshot(
        string Metric, string Theatre, string Period, long Value, string Qualifier, int SourceId,
        string Quote, string? Translation, string? Note, bool IsPeak = false);

    public sealed record SourceSnapshot(
        string Publisher, string Title, string? Url, string Published, string Language, string Tier, string? Note,
        string? Series = null, string? PublisherAr = null);

    public static string Snapshot(Figure f) => JsonSerializer.Serialize(
        new FigureSnapshot(f.MetricCode, f.TheatreCode, f.Period.Label, f.Value, f.Qualifier.Code(), f.SourceId, f.Quote, f.Translation, f.Note, f.IsPeak), Json);

    public static string Snapshot(Source s) => JsonSerializer.Serialize(
        new SourceSnapshot(s.Publisher, s.Title, s.Url, s.Published.Label, s.Language, s.Tier.Code(), s.Note, s.Series, s.PublisherAr), Json);

    public sealed record AnnotationSnapshot(string Date, string Text, string? TextAr, string? Theatre, int SourceId, string Quote);

    public static string Snapshot(Annotation a) => JsonSerializer.Serialize(
        new AnnotationSnapshot(a.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Text, a.TextAr, a.TheatreCode, a.SourceId, a.Quote), Json);

    public static AnnotationSnapshot? ReadAnnotation(string? json) => json is null ? null : JsonSerializer.Deserialize<AnnotationSnapshot>(json, Json);

    public static FigureSnapshot? ReadFigure(string? json) => json is null ? null : JsonSerializer.Deserialize<FigureSnapshot>(json, Json);

    public static SourceSnapshot? ReadSource(string? json) => json is null ? null : JsonSerializer.Deserialize<SourceSnapshot>(json, Json);
}
