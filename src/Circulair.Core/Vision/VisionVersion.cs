using Circulair.Audit;
using Circulair.Persistence;

namespace Circulair.Vision;

/// <summary>
/// A labelled, immutable snapshot of a trajectory's vision canvas. Versions are numbered 1, 2, 3… per canvas.
/// Restoring an old version copies it into the working copy and saves that as a new version, so history only grows.
/// AMORE rounds (<see cref="AmoreRound"/>) are opened on a version, so ratings stay tied to the wording they rated.
/// </summary>
public sealed class VisionVersion : IOrganisationScoped
{
    public const int LabelMaxLength = 100;

    private VisionVersion()
    {
        Label = "";
        SnapshotJson = "";
    }

    private VisionVersion(VisionCanvas canvas, int number, string label, VisionSnapshot snapshot, int? savedByUserId, string? savedByName, int? restoredFromNumber, DateTime now)
    {
        OrganisationId = canvas.OrganisationId;
        TrajectoryId = canvas.TrajectoryId;
        CanvasId = canvas.Id;
        Canvas = canvas;
        Number = number;
        Label = label;
        SnapshotJson = snapshot.ToJson();
        SavedByUserId = savedByUserId;
        SavedByName = savedByName;
        RestoredFromNumber = restoredFromNumber;
        SavedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }
    public int CanvasId { get; private set; }
    public VisionCanvas Canvas { get; private set; } = null!;
    public int Number { get; private set; }
    public string Label { get; private set; }
    public DateTime SavedAt { get; private set; }
    public int? SavedByUserId { get; private set; }
    public string? SavedByName { get; private set; }

    /// <summary>Set when this version was made by restoring an older one (its number).</summary>
    public int? RestoredFromNumber { get; private set; }

    /// <summary>The canvas as it was; bulky, so kept out of the field-by-field audit (the version row itself is audited).</summary>
    [NotAudited]
    public string SnapshotJson { get; private set; }

    public VisionSnapshot Snapshot() => VisionSnapshot.FromJson(SnapshotJson);

    /// <param name="existingNumbers">Numbers already used for this canvas; the new one follows the highest.</param>
    public static VisionVersion Save(VisionCanvas canvas, IEnumerable<int> existingNumbers, string label, int? userId, string? userName, DateTime now) =>
        new(canvas, NextNumber(existingNumbers), CleanLabel(label), canvas.Snapshot(), userId, userName, null, now);

    /// <summary>Copies <paramref name="old"/> into the canvas and records that as a new version.</summary>
    public static VisionVersion Restore(VisionCanvas canvas, VisionVersion old, IEnumerable<int> existingNumbers, string label, int? userId, string? userName, DateTime now)
    {
        if (old.CanvasId != canvas.Id)
        {
            throw new DomainException("Errors.NotFound");
        }
        canvas.RestoreFrom(old.Snapshot(), now);
        return new VisionVersion(canvas, NextNumber(existingNumbers), CleanLabel(label), canvas.Snapshot(), userId, userName, old.Number, now);
    }

    private static int NextNumber(IEnumerable<int> existing) => existing.DefaultIfEmpty(0).Max() + 1;

    private static string CleanLabel(string label) => VisionCanvas.Clean(label, LabelMaxLength) ?? throw new DomainException("Vision.Error.VisionVersionLabelRequired");
}
