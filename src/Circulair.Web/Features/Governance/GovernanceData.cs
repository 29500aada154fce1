using Circulair.Governance;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Governance;

/// <summary>A member as the pages show them: the stakeholder's name from the register, or the name typed in.</summary>
public sealed record MemberRow(int Id, int? StakeholderId, string Name, string? Role);

/// <summary>A meeting in a list: its date, platform and how many decisions it took.</summary>
public sealed record MeetingRow(int Id, int PlatformId, DateOnly Date, int Decisions);

/// <summary>Reads for the governance pages, each scoped to the organisation.</summary>
public static class GovernanceData
{
    /// <summary>The members of every platform of the organisation, in their order, with the register's names: two queries.</summary>
    public static async Task<ILookup<int, MemberRow>> MembersByPlatformAsync(CirculairDbContext db, int organisationId, CancellationToken ct)
    {
        var members = await db.PlatformMembers.InOrganisation(organisationId).OrderBy(m => m.GovernancePlatformId).ThenBy(m => m.Position)
            .Select(m => new { m.Id, m.GovernancePlatformId, m.StakeholderId, m.Name, m.Role }).ToListAsync(ct);
        var ids = members.Where(m => m.StakeholderId != null).Select(m => m.StakeholderId!.Value).Distinct().ToList();
        var names = ids.Count == 0 ? new Dictionary<int, string>() : await db.Set<Stakeholder>().InOrganisation(organisationId).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return members.ToLookup(m => m.GovernancePlatformId,
            m => new MemberRow(m.Id, m.StakeholderId, m.StakeholderId is { } s ? names.GetValueOrDefault(s, "?") : m.Name ?? "?", m.Role));
    }

    public static async Task<List<MemberRow>> MembersAsync(CirculairDbContext db, int organisationId, int platformId, CancellationToken ct)
    {
        var members = await db.PlatformMembers.InOrganisation(organisationId).Where(m => m.GovernancePlatformId == platformId).OrderBy(m => m.Position)
            .Select(m => new { m.Id, m.StakeholderId, m.Name, m.Role }).ToListAsync(ct);
        var ids = members.Where(m => m.StakeholderId != null).Select(m => m.StakeholderId!.Value).ToList();
        var names = await db.Set<Stakeholder>().InOrganisation(organisationId).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return [.. members.Select(m => new MemberRow(m.Id, m.StakeholderId, m.StakeholderId is { } s ? names.GetValueOrDefault(s, "?") : m.Name ?? "?", m.Role))];
    }

    public static async Task<List<SelectListItem>> StakeholderItemsAsync(CirculairDbContext db, int organisationId, string chooseText, CancellationToken ct) =>
        [new(chooseText, ""), .. (await db.Set<Stakeholder>().InOrganisation(organisationId).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).Select(s => new SelectListItem(s.Name, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>Actions by id with the trajectory they belong to, for links from decisions.</summary>
    public static async Task<Dictionary<int, (int TrajectoryId, string Label)>> ActionLinksAsync(CirculairDbContext db, int organisationId, IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.PlannedActions.InOrganisation(organisationId).Where(a => list.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => (a.TrajectoryId, a.Number + " " + a.Title), ct);
    }
}
