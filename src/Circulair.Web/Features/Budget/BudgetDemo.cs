using Circulair.Budget;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Budget;

/// <summary>
/// The budget of "Demostad (voorbeeld)": a small meerjarenplan with codes on three levels, three actions linked to
/// them (the materials bank plans more this year than its code holds), what was committed and spent, and two funding
/// applications. Planned budgets stay those of the action sheets, so the adopted version is not touched. All invented.
/// </summary>
public sealed class BudgetDemo : IDemoContent
{
    public int Order => 75;

    public async Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct)
    {
        var org = demo.Organisation.Id;
        var now = demo.Now;
        var year = now.Year;
        var today = DateOnly.FromDateTime(now);
        var trajectory = await db.Trajectories.InOrganisation(org).OrderBy(t => t.Id).FirstOrDefaultAsync(ct);
        if (trajectory is null)
        {
            return;
        }
        static KeyValuePair<int, decimal>[] Amounts(int from, params decimal[] amounts) =>
            [.. amounts.Select((a, i) => new KeyValuePair<int, decimal>(from + i, a))];
        db.BbcEntries.AddRange(
            new BbcEntry(org, BbcLevel.Beleidsdoelstelling, "BD1", "Demostad wordt een circulaire stad (fictief voorbeeld)", null, 1, []),
            new BbcEntry(org, BbcLevel.Actieplan, "AP1.1", "Circulair bouwen en aankopen", "BD1", 2, Amounts(year, 50_000m, 90_000m, 60_000m)),
            new BbcEntry(org, BbcLevel.Actie, "AC1.1.1", "Materialenbank op het stedelijk depot", "AP1.1", 3, Amounts(year, 40_000m, 80_000m, 60_000m)),
            new BbcEntry(org, BbcLevel.Actie, "AC1.1.2", "Opleiding circulair aankopen", "AP1.1", 4, Amounts(year, 5_000m)),
            new BbcEntry(org, BbcLevel.Actieplan, "AP1.2", "Minder afval in de wijken", "BD1", 5, Amounts(year, 10_000m, 10_000m, 10_000m)),
            new BbcEntry(org, BbcLevel.Actie, "AC1.2.1", "Repair cafés in de wijkcentra", "AP1.2", 6, Amounts(year, 3_000m, 3_000m, 3_000m)));

        var actions = await db.PlannedActions.InOrganisation(org).Where(a => a.TrajectoryId == trajectory.Id).ToDictionaryAsync(a => a.Number, ct);
        void Link(string number, string code)
        {
            if (actions.TryGetValue(number, out var action))
            {
                db.ActionBbcLinks.Add(new ActionBbcLink(action, code));
            }
        }
        void Spend(string number, decimal? committed, decimal? spent)
        {
            if (actions.TryGetValue(number, out var action))
            {
                var row = new ActionSpending(action, year);
                row.Record(committed, spent);
                db.ActionSpendings.Add(row);
            }
        }
        Link("A03", "AC1.1.1");
        Link("A01", "AC1.1.2");
        Link("A04", "AC1.2.1");
        Spend("A03", 40_000m, 28_500m);
        Spend("A01", 6_000m, 2_500m);
        Spend("A04", 1_500m, null);
        if (actions.TryGetValue("A03", out var a3))
        {
            db.FundingApplications.Add(new FundingApplication(a3, new FundingDetails
            {
                Programme = "Vlaanderen Circulair", Call = "Oproep circulaire bouwprojecten (fictief voorbeeld)", Deadline = today.AddDays(-60),
                Requested = 60_000m, Granted = 45_000m, Status = FundingStatus.Toegekend, Note = "Samen met Voorbeeldegem ingediend (fictief voorbeeld).",
            }, now));
        }
        if (actions.TryGetValue("A04", out var a4))
        {
            db.FundingApplications.Add(new FundingApplication(a4, new FundingDetails
            {
                Programme = "Provinciaal subsidiereglement duurzaamheid", Call = "Projectoproep lokale herstelinitiatieven (fictief voorbeeld)",
                Deadline = today.AddDays(45), Requested = 5_000m, Status = FundingStatus.InVoorbereiding,
            }, now));
        }
        await db.SaveChangesAsync(ct);
    }
}
