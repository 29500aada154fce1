using System.Globalization;
using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp.Versions;

/// <summary>One side of a comparison: an adopted version ("a12"), a saved version ("s7") or the current strategy ("current").</summary>
public sealed record VersionRef(char Kind, int Id)
{
    public const string CurrentKey = "current";

    public static readonly VersionRef Current = new('c', 0);

    public string Key => Kind == 'c' ? CurrentKey : $"{Kind}{Id.ToString(CultureInfo.InvariantCulture)}";

    public static VersionRef? Parse(string? text)
    {
        if (text == CurrentKey)
        {
            return Current;
        }
        if (text is { Length: > 1 } && text[0] is 'a' or 's' && int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return new VersionRef(text[0], id);
        }
        return null;
    }

    /// <summary>The snapshot and its label, or null when the version is not this trajectory's.</summary>
    public async Task<(AdoptedStrategy Snapshot, string Label)?> LoadAsync(CirculairDbContext db, int organisationId, int trajectoryId, Text t, CancellationToken ct)
    {
        switch (Kind)
        {
            case 'c':
                return (await AdoptionState.TakeAsync(db, organisationId, trajectoryId, ct), t["FollowUp.Versions.Current"].Value);
            case 'a':
                var adopted = await db.AdoptedVersions.InOrganisation(organisationId).AsNoTracking()
                    .FirstOrDefaultAsync(v => v.Id == Id && v.TrajectoryId == trajectoryId, ct);
                return adopted is null ? null : (adopted.Snapshot(), t["FollowUp.Versions.AdoptedLabel", adopted.Number, Strategy.StrategyLabels.Date(adopted.AdoptedOn)].Value);
            default:
                var saved = await db.StrategyVersions.InOrganisation(organisationId).AsNoTracking()
                    .FirstOrDefaultAsync(v => v.Id == Id && v.TrajectoryId == trajectoryId, ct);
                return saved is null ? null : (saved.Snapshot(), t["FollowUp.Versions.SavedLabel", saved.Number, saved.Name].Value);
        }
    }
}
