using Circulair.Organisations;
using Circulair.Stakeholders;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Stakeholders;

/// <summary>Arranges register content straight in the database, for tests about what pages show.</summary>
internal static class StakeholderArrange
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(CirculairFactory.Start.UtcDateTime);

    public static Task<int> AddStakeholderAsync(
        this CirculairFactory app, TestOrganisation org, string name,
        StakeholderGroup group = StakeholderGroup.Andere,
        params (DateOnly Date, StakeholderLevel Power, StakeholderLevel Interest)[] ratings) =>
        app.AddStakeholderAsync(org, new StakeholderDetails { Name = name, Group = group }, ratings);

    public static Task<int> AddStakeholderAsync(this CirculairFactory app, TestOrganisation org, StakeholderDetails details, params (DateOnly Date, StakeholderLevel Power, StakeholderLevel Interest)[] ratings) =>
        app.WithDbAsync(async (db, _) =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var s = new Stakeholder(org.Id, details, now);
            foreach (var r in ratings)
            {
                s.Assess(r.Date, r.Power, r.Interest, null, DateOnly.FromDateTime(now), now);
            }
            db.Stakeholders.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });

    public static Task<int> AddGroupAsync(this CirculairFactory app, TestOrganisation org, string name) =>
        app.WithDbAsync(async (db, _) =>
        {
            var g = new CustomStakeholderGroup(org.Id, name);
            db.CustomStakeholderGroups.Add(g);
            await db.SaveChangesAsync();
            return g.Id;
        });

    public static Task<List<Stakeholder>> StakeholdersAsync(this CirculairFactory app, TestOrganisation org) =>
        app.WithDbAsync((db, _) => db.Stakeholders.Where(s => s.OrganisationId == org.Id).Include(s => s.Assessments).OrderBy(s => s.Id).ToListAsync());
}
