using System.Text.Json;
using System.Text.Json.Serialization;

namespace Circulair.Pilots.Canvases;

/// <summary>
/// A pilot canvas (persona, journey, value proposition canvas, and later the business model and legacy canvases) as the
/// generic version store sees it: it belongs to a pilot of an organisation, has a stable key that survives an archive
/// import, and can give and take its content as a snapshot (decision 0273).
/// </summary>
public interface IPilotCanvas<TSnapshot> where TSnapshot : ICanvasSnapshot
{
    int OrganisationId { get; }
    int PilotId { get; }

    /// <summary>The canvas's stable identity for its versions (a Guid, so an archive import needs no rewriting).</summary>
    Guid CanvasKey { get; }

    TSnapshot TakeSnapshot();

    /// <summary>Replaces the canvas's content with the snapshot's (throws <c>DomainException</c> when it no longer fits).</summary>
    void Restore(TSnapshot snapshot);
}

/// <summary>A canvas's content at one moment; lists its fields for the side-by-side comparison.</summary>
public interface ICanvasSnapshot
{
    int Schema { get; }

    /// <summary>Every field in reading order, each with a key that is stable across versions (item keys, not positions).</summary>
    IReadOnlyList<CanvasField> Fields();
}

/// <summary>
/// One field of a snapshot: <paramref name="Key"/> matches it across versions, <paramref name="LabelKey"/> is a resource
/// key for its label (with an optional argument, e.g. the poles of an own scale), <paramref name="Value"/> its text.
/// </summary>
public sealed record CanvasField(string Key, string LabelKey, string? LabelArgument, string? Value);

/// <summary>Snapshots as JSON: web defaults, enums by name, nothing indented.</summary>
public static class CanvasJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static string ToJson<T>(T snapshot) where T : ICanvasSnapshot => JsonSerializer.Serialize(snapshot, Options);

    public static T FromJson<T>(string json, int currentSchema) where T : ICanvasSnapshot
    {
        var snapshot = JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidOperationException("Empty canvas snapshot.");
        if (snapshot.Schema > currentSchema)
        {
            throw new InvalidOperationException($"Canvas snapshot schema {snapshot.Schema} is newer than this build understands ({currentSchema}).");
        }
        return snapshot;
    }
}

public enum FieldChange
{
    Unchanged,
    Changed,
    Added,
    Removed,
}

/// <summary>One row of a comparison: the field's label and its value on either side.</summary>
public sealed record FieldComparison(string Key, string LabelKey, string? LabelArgument, string? Left, string? Right, FieldChange Change);

/// <summary>Compares two snapshots field by field: matched by key, in the newer side's order with removed fields where they stood.</summary>
public static class CanvasComparison
{
    public static IReadOnlyList<FieldComparison> Compare(IReadOnlyList<CanvasField> left, IReadOnlyList<CanvasField> right)
    {
        var rightByKey = right.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var leftByKey = left.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var rows = new List<FieldComparison>();
        var leftIndex = 0;
        foreach (var r in right)
        {
            // Fields only on the left that came before this one are shown first, so a removed item stays near its place.
            while (leftIndex < left.Count && !rightByKey.ContainsKey(left[leftIndex].Key))
            {
                var gone = left[leftIndex];
                rows.Add(new FieldComparison(gone.Key, gone.LabelKey, gone.LabelArgument, gone.Value, null, FieldChange.Removed));
                leftIndex++;
            }
            if (leftIndex < left.Count && left[leftIndex].Key == r.Key)
            {
                leftIndex++;
            }
            if (leftByKey.TryGetValue(r.Key, out var l))
            {
                var same = string.Equals(Normal(l.Value), Normal(r.Value), StringComparison.Ordinal);
                rows.Add(new FieldComparison(r.Key, r.LabelKey, r.LabelArgument, l.Value, r.Value, same ? FieldChange.Unchanged : FieldChange.Changed));
            }
            else
            {
                rows.Add(new FieldComparison(r.Key, r.LabelKey, r.LabelArgument, null, r.Value, FieldChange.Added));
            }
        }
        foreach (var gone in left.Skip(leftIndex).Where(f => !rightByKey.ContainsKey(f.Key)))
        {
            rows.Add(new FieldComparison(gone.Key, gone.LabelKey, gone.LabelArgument, gone.Value, null, FieldChange.Removed));
        }
        return rows;
    }

    private static string Normal(string? value) => string.IsNullOrWhiteSpace(value) ? "" : value.Trim();
}
