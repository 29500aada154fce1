using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.Pilots.Canvases;

/// <summary>
/// A labelled, immutable snapshot of one pilot canvas (any kind), numbered 1, 2, 3… per canvas. The canvas is named by
/// its kind and its stable key, so one table serves every pilot canvas (decision 0273).
/// </summary>
public sealed class PilotCanvasVersion : IOrganisationScoped
{
    public const int KindMaxLength = 40;
    public const int LabelMaxLength = 100;

    private PilotCanvasVersion()
    {
        Kind = "";
        Label = "";
        SnapshotJson = "";
    }

    public PilotCanvasVersion(int organisationId, int pilotId, string kind, Guid canvasKey, IEnumerable<int> existingNumbers, string? label,
        string snapshotJson, int? createdByUserId, string? createdByName, int? restoredFromNumber, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(kind) || kind.Length > KindMaxLength)
        {
            throw new ArgumentException("A canvas kind is a short name.", nameof(kind));
        }
        OrganisationId = organisationId;
        PilotId = pilotId;
        Kind = kind;
        CanvasKey = canvasKey;
        Number = existingNumbers.DefaultIfEmpty(0).Max() + 1;
        Label = StrategyText.Clean(label, LabelMaxLength) ?? throw new DomainException("Canvases.Error.LabelRequired");
        SnapshotJson = snapshotJson;
        CreatedByUserId = createdByUserId;
        CreatedByName = createdByName;
        RestoredFromNumber = restoredFromNumber;
        CreatedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PilotId { get; private set; }

    /// <summary>Which canvas type: "persona", "journey", "value", … (see the web layer's canvas types).</summary>
    public string Kind { get; private set; }

    public Guid CanvasKey { get; private set; }
    public int Number { get; private set; }
    public string Label { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public int? CreatedByUserId { get; private set; }
    public string? CreatedByName { get; private set; }

    /// <summary>Set on the version saved just before a restore: the number of the version that was restored.</summary>
    public int? RestoredFromNumber { get; private set; }

    /// <summary>The canvas as it was; bulky, so kept out of the field-by-field audit (the version row itself is audited).</summary>
    [NotAudited]
    public string SnapshotJson { get; private set; }
}
