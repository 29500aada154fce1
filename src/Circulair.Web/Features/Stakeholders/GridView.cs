using Circulair.Persistence;
using Circulair.Stakeholders;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>A stakeholder as the grid shows it: name, group and how it moved.</summary>
public sealed record GridChip(int Id, string Name, StakeholderGroup? Group, string? CustomGroupName, Movement? Movement);

public sealed record GridCellView(GridCell Cell, IReadOnlyList<GridChip> Chips);

/// <summary>
/// Tool 2's grid as it stood on a date: every stakeholder in the cell of the rating that held then, with its
/// movement (since the rating before, or since <c>since</c>). Two projection queries for the whole register;
/// the history is read in memory.
/// </summary>
public sealed class GridView
{
    public required DateOnly Date { get; init; }
    public DateOnly? Since { get; init; }
    public required IReadOnlyList<GridCellView> Cells { get; init; }
    public required IReadOnlyList<GridChip> Unrated { get; init; }

    /// <summary>
    /// On an earlier date: stakeholders that were not rated then and entered the register only later (a longlist
    /// pasted since, or an import that dated its ratings back). Listed apart so "not rated yet" is never an empty
    /// list while some stakeholders had no rating on that date.
    /// </summary>
    public IReadOnlyList<GridChip> AddedLater { get; init; } = [];

    public int Count(StakeholderApproach approach) => Cells.Where(c => c.Cell.Approach == approach).Sum(c => c.Chips.Count);
    public int Rated => Cells.Sum(c => c.Chips.Count);
    public int Moved => Cells.Sum(c => c.Chips.Count(ch => ch.Movement?.HasMoved == true));
    public GridCellView Cell(StakeholderLevel power, StakeholderLevel interest) => Cells.Single(c => c.Cell.Power == power && c.Cell.Interest == interest);

    public static async Task<GridView> LoadAsync(CirculairDbContext db, int organisationId, DateOnly date, DateOnly? since, CancellationToken ct)
    {
        var endOfDay = date.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc);
        // Whether each one existed on the date is asked of the database: reading 2,000 timestamps back costs more.
        var stakeholders = await db.Stakeholders.InOrganisation(organisationId)
            .Select(s => new { s.Id, s.Name, s.NameKey, s.Group, CustomGroupName = s.CustomGroup != null ? s.CustomGroup.Name : null, Existed = s.CreatedAt <= endOfDay })
            .ToListAsync(ct);
        var points = (await db.StakeholderAssessments.InOrganisation(organisationId)
                .Select(a => new { a.StakeholderId, a.Date, a.Id, a.Power, a.Interest })
                .ToListAsync(ct))
            .ToLookup(a => a.StakeholderId, a => new AssessmentPoint(a.Date, a.Id, a.Power, a.Interest));
        var placed = new Dictionary<(StakeholderLevel, StakeholderLevel), List<GridChip>>();
        var unrated = new List<GridChip>();
        var addedLater = new List<GridChip>();
        foreach (var s in stakeholders.OrderBy(s => s.NameKey, StringComparer.Ordinal))
        {
            var movement = AssessmentHistory.MovementAt(points[s.Id], date, since);
            var chip = new GridChip(s.Id, s.Name, s.Group, s.CustomGroupName, movement);
            if (movement is null)
            {
                // Someone added after the date shown was not on the longlist yet: listed apart.
                (s.Existed ? unrated : addedLater).Add(chip);
                continue;
            }
            var key = (movement.To.Power, movement.To.Interest);
            if (!placed.TryGetValue(key, out var list))
            {
                placed[key] = list = [];
            }
            list.Add(chip);
        }
        return new GridView
        {
            Date = date,
            Since = since,
            Cells = [.. StakeholderGrid.Cells.Select(c => new GridCellView(c, placed.TryGetValue((c.Power, c.Interest), out var l) ? l : []))],
            Unrated = unrated,
            AddedLater = addedLater,
        };
    }
}
