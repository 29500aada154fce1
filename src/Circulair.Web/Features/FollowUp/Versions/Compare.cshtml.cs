using Circulair.FollowUp;
using Circulair.Strategy;
using Circulair.Persistence;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.FollowUp.Versions;

/// <summary>
/// Two versions of the strategy compared (decision 0311): goals, action lines and actions added, removed, moved and
/// changed field by field, by <see cref="StrategyDiff.Compare"/>; long texts as a word diff. Either side may be the
/// current state. A version of another trajectory or organisation answers 404.
/// </summary>
public sealed class CompareModel(CirculairDbContext db, CurrentOrganisation current, Text t) : StrategyPageModel(db, current)
{
    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    public string FromLabel { get; private set; } = "";
    public string ToLabel { get; private set; } = "";
    public StrategyComparison Comparison { get; private set; } = new([]);
    public StrategyPeople People { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var from = VersionRef.Parse(From);
        var to = VersionRef.Parse(To ?? VersionRef.CurrentKey);
        if (from is null || to is null)
        {
            return NotFound();
        }
        var older = await from.LoadAsync(Db, Org.Id, TrajectoryId, t, ct);
        var newer = await to.LoadAsync(Db, Org.Id, TrajectoryId, t, ct);
        if (older is null || newer is null)
        {
            return NotFound();
        }
        FromLabel = older.Value.Label;
        ToLabel = newer.Value.Label;
        Comparison = StrategyDiff.Compare(older.Value.Snapshot, newer.Value.Snapshot);
        People = await StrategyPeople.LoadAsync(Db, Org.Id, ct);
        return Page();
    }

    /// <summary>A field's value as a reader understands it: owners and partners by name, enums in words, domains by label.</summary>
    public string Shown(StrategyChange change, FieldChange field, string? value)
    {
        if (value is null)
        {
            return "—";
        }
        return field.Field switch
        {
            "Owner" => People.NameOf(ActionOwner.Parse(value)) ?? value,
            "Partners" => string.Join("\n", value.Split('\n').Select(line =>
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                var owner = space < 0 ? line : line[..space];
                return (People.NameOf(ActionOwner.Parse(owner)) ?? owner) + (space < 0 ? "" : line[space..]);
            })),
            "Size" when Enum.TryParse<ActionSize>(value, out var size) => t.Enum(size),
            "Priority" when Enum.TryParse<ActionPriority>(value, out var priority) => t.Enum(priority),
            _ => value,
        };
    }

    public string Place(StrategyChange change, StrategyPlace? place) => place switch
    {
        null => "—",
        _ when change.Element == StrategyElement.Goal => AdoptedModel.DomainLabel(place.ParentLabel ?? ""),
        { ParentId: null } => t["FollowUp.Versions.NoLine"],
        _ => place.ParentLabel ?? "—",
    };
}
