using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.FollowUp;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Reports;

/// <summary>
/// What changed since the adopted version, field by field, by the same <see cref="StrategyDiff.Compare"/> the version
/// comparison page uses (decision 0311): actions added, removed, moved to another line and changed, each changed field
/// as "label: before → after". Owners and partners may be private persons, and long texts do not fit a list line, so
/// for those the report only says that the field changed.
/// </summary>
public sealed class StrategyDiffComparison(Text t) : IAdoptedComparison
{
    private static readonly HashSet<string> NamedOnly = ["Owner", "Partners"];

    public async Task<AdoptedComparison?> CompareAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct)
    {
        // The latest adopted version, read once (as AdoptionState finds it, with its snapshot).
        var latest = await db.AdoptedVersions.InOrganisation(organisationId).Where(v => v.TrajectoryId == trajectoryId)
            .OrderByDescending(v => v.Number).AsNoTracking().FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return null;
        }
        return Compare(latest.Number, latest.AdoptedOn, latest.Snapshot(), await AdoptionState.TakeAsync(db, organisationId, trajectoryId, ct));
    }

    public AdoptedComparison Compare(int versionNumber, DateOnly adoptedOn, AdoptedStrategy adopted, AdoptedStrategy current)
    {
        var actions = adopted.Actions.Concat(current.Actions).GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.Last());
        var changes = StrategyDiff.Compare(adopted, current).Changes
            .Where(c => c.Element == StrategyElement.Action && actions.ContainsKey(c.Id))
            .Select(c => new ActionChange(KindOf(c.Kind), actions[c.Id].Number, actions[c.Id].Title, Details(c)))
            .OrderBy(c => c.Number, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new AdoptedComparison(versionNumber, adoptedOn, changes);
    }

    private static ChangeKind KindOf(StrategyChangeKind kind) => kind switch
    {
        StrategyChangeKind.Added => ChangeKind.Nieuw,
        StrategyChangeKind.Removed => ChangeKind.Verwijderd,
        _ => ChangeKind.Gewijzigd,
    };

    private List<string> Details(StrategyChange change)
    {
        var details = new List<string>();
        if (change.Kind != StrategyChangeKind.Modified)
        {
            return details;
        }
        if (change.IsMoved)
        {
            details.Add(t["FollowUp.Versions.MovedFromTo", LineOf(change.From), LineOf(change.To)].Value);
        }
        foreach (var field in change.Fields)
        {
            var label = t[$"FollowUp.Versions.Field.{field.Field}"].Value;
            details.Add(field.Long || NamedOnly.Contains(field.Field)
                ? $"{label}: {t["FollowUp.Versions.Changed"].Value}"
                : $"{label}: {Shown(field.Field, field.Before)} → {Shown(field.Field, field.After)}");
        }
        return details;
    }

    private string LineOf(StrategyPlace? place) => place?.ParentLabel ?? t["FollowUp.Versions.NoLine"].Value;

    private string Shown(string field, string? value) => value switch
    {
        null => "—",
        _ when field == "Size" && Enum.TryParse<ActionSize>(value, out var size) => t.Enum(size),
        _ when field == "Priority" && Enum.TryParse<ActionPriority>(value, out var priority) => t.Enum(priority),
        _ => value,
    };
}
