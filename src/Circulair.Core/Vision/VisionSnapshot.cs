using System.Text.Json;
using System.Text.Json.Serialization;

namespace Circulair.Vision;

/// <summary>
/// The content of a canvas at one moment, as stored in a <see cref="VisionVersion"/>. Kept as one JSON document
/// (enum values by name, a schema number for later changes); see docs/decisions/0150-vision-versions-as-json-snapshots.md.
/// </summary>
public sealed record VisionSnapshot(
    int Schema,
    string? Why,
    string? Results,
    string? AlreadyHappening,
    string? Statement,
    VisionFocus Focus,
    IReadOnlyList<SnapshotPolicy> Policies,
    IReadOnlyList<SnapshotNote> Notes)
{
    public const int CurrentSchema = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static VisionSnapshot Empty { get; } = new(CurrentSchema, null, null, null, null, VisionFocus.None, [], []);

    public string? TextOf(VisionBlock block) => block switch
    {
        VisionBlock.Waarom => Why,
        VisionBlock.Resultaten => Results,
        VisionBlock.WatLeeftErAl => AlreadyHappening,
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };

    public IEnumerable<SnapshotNote> NotesIn(VisionBlock block) => Notes.Where(n => n.Block == block).OrderBy(n => n.Position);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static VisionSnapshot FromJson(string json)
    {
        var snapshot = JsonSerializer.Deserialize<VisionSnapshot>(json, Json) ?? throw new InvalidOperationException("Empty vision snapshot.");
        if (snapshot.Schema > CurrentSchema)
        {
            throw new InvalidOperationException($"Vision snapshot schema {snapshot.Schema} is newer than this build understands ({CurrentSchema}).");
        }
        return snapshot with { Policies = snapshot.Policies ?? [], Notes = snapshot.Notes ?? [] };
    }
}

public sealed record SnapshotPolicy(VisionPolicy Policy, string? Comment);

public sealed record SnapshotNote(Guid Key, VisionBlock Block, string Text, NoteColour Colour, int Position);
