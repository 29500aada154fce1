using Circulair.Organisations;
using Circulair.Pilots;
using Circulair.Stakeholders;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Pilots;

/// <summary>Arranges pilots and test cards straight through the model, for tests that start past the forms.</summary>
internal static class PilotArrange
{
    public sealed record PilotSetup(TestOrganisation Organisation, TestUser User, int PilotId)
    {
        public string Url(string rest = "") => Organisation.Url($"/pilots/{PilotId}{rest}");
    }

    public static async Task<PilotSetup> PilotAsync(this CirculairFactory app, OrganisationRole role = OrganisationRole.Teamlid)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(role);
        var id = await app.WithDbAsync(async (db, _) =>
        {
            var pilot = new Pilot(org.Id, PilotTemplate.Deelplek, new PilotDetails { Name = "Deelplek Proefdonk" }, DateOnly.FromDateTime(Now(app)).AddDays(-60), Now(app));
            db.Pilots.Add(pilot);
            await db.SaveChangesAsync();
            return pilot.Id;
        });
        return new PilotSetup(org, user, id);
    }

    public static Task<int> CardAsync(this CirculairFactory app, PilotSetup s, string name, string? criterion, TestStage stage = TestStage.Backlog) =>
        app.WithDbAsync(async (db, _) =>
        {
            var pilot = await db.Pilots.SingleAsync(p => p.Id == s.PilotId);
            var card = new PilotTestCard(pilot, new TestCardDetails { Name = name, Hypothesis = "buren spullen willen lenen", Criterion = criterion }, Now(app));
            db.PilotTestCards.Add(card);
            var today = DateOnly.FromDateTime(Now(app));
            foreach (var next in Enum.GetValues<TestStage>().Where(x => x > TestStage.Backlog && x <= stage))
            {
                card.MoveTo(next, today);
            }
            await db.SaveChangesAsync();
            return card.Id;
        });

    public static Task<PilotTestCard> LoadCardAsync(this CirculairFactory app, int id) =>
        app.WithDbAsync((db, _) => db.PilotTestCards.AsNoTracking().SingleAsync(c => c.Id == id));

    public static Task<int> StakeholderAsync(this CirculairFactory app, TestOrganisation org, string name) =>
        app.WithDbAsync(async (db, _) =>
        {
            var s = new Stakeholder(org.Id, new StakeholderDetails { Name = name, Group = StakeholderGroup.Andere }, Now(app));
            db.Stakeholders.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });
}
