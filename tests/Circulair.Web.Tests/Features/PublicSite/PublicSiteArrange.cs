using Circulair.FollowUp;
using Circulair.HealthCheck;
using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Publishing;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Vision;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.PublicSite;

/// <summary>
/// An organisation whose strategy carries personal data of private persons in every place that can hold it, and a
/// public site that shows every section: what the privacy test crawls.
/// </summary>
internal static class PublicSiteArrange
{
    /// <summary>Names and addresses that must never appear on a public page or in a public file.</summary>
    public static readonly string[] Secrets =
    [
        "Vanderplancke", "Bartholomeus", "Wuyts", "Griet", "Coppens", "griet.coppens@voorbeeld.be", "Octaaf", "octaaf@kringwinkel.test",
        "Ludwina", "Cnudde", "Fien", "Verstraete", "Mathilde", "Goossens", "Hubrecht", "@voorbeeld.be",
    ];

    public sealed record Seeded(StrategySetup S, TestUser Member, int GoalId, int LineId, int MemberAction, int PersonAction, int CompanyAction);

    public static async Task<Seeded> SeedAsync(CirculairFactory app, bool publish = true)
    {
        var s = await NewAsync(app);
        var member = await app.NewUserAsync("Hildegard Vanderplancke");
        await app.AddMemberAsync(s.Organisation, member, OrganisationRole.Teamlid);
        await app.VisionAsync(s, "In 2030 draait de gemeente rond");
        var domain = await app.DomainAsync(s);
        var goal = await app.GoalAsync(domain, "Vanaf 2027 bouwt de stad circulair",
            new GoalDetails { Indicator = "Aandeel circulaire bouwprojecten", TargetValue = 40, Unit = "%", BaselineValue = 5, BaselineYear = 2024, Owner = "Schepen Ludwina Peeters" });
        var line = await app.LineAsync(goal, "Circulaire criteria in aanbestedingen");
        var (person, company) = await app.WithDbAsync(async (db, _) =>
        {
            var p = new Stakeholder(s.Organisation.Id, new StakeholderDetails
            {
                Name = "Bartholomeus Wuyts", Kind = StakeholderKind.Persoon, Department = "Dienst Omgeving", Group = StakeholderGroup.Burgers,
                ContactPerson = "Griet Coppens", ContactEmail = "griet.coppens@voorbeeld.be", Notes = "Bel Griet Coppens op dinsdag",
            }, Now(app));
            var c = new Stakeholder(s.Organisation.Id, new StakeholderDetails
            {
                Name = "Kringwinkel Zuid", Kind = StakeholderKind.Organisatie, Group = StakeholderGroup.Bedrijven,
                ContactPerson = "Octaaf De Bruyne", ContactEmail = "octaaf@kringwinkel.test",
            }, Now(app));
            db.Stakeholders.AddRange(p, c);
            await db.SaveChangesAsync();
            return (p.Id, c.Id);
        });
        var memberAction = await app.ActionAsync(s, line, "A1", "Opleiding circulair aankopen", d => d with { Owner = ActionOwner.Member(member.Id), Start = new DateOnly(2026, 1, 1) });
        var personAction = await app.ActionAsync(s, line, "A2", "Sloopinventaris", d => d with { Owner = ActionOwner.OfStakeholder(person) });
        var companyAction = await app.ActionAsync(s, line, "A3", "Hergebruikpunt", d => d with { Owner = ActionOwner.OfStakeholder(company) });
        await app.WithDbAsync(async db =>
        {
            var action = await db.PlannedActions.SingleAsync(a => a.Id == memberAction);
            db.ProgressUpdates.Add(ProgressUpdate.Give(action, new ProgressReport
            {
                Date = DateOnly.FromDateTime(Now(app)), Percent = 60, Status = ActionStatus.Lopend, Text = "Fien Verstraete belde met Griet Coppens",
                Blocker = "Wacht op Hubrecht", NextStep = "Mail naar griet.coppens@voorbeeld.be",
            }, FollowUpSettings.Defaults(action.OrganisationId), null, member.Id, "Fien Verstraete", Now(app)));

            var indicator = new Indicator(s.Organisation.Id, new IndicatorDetails
            {
                Level = IndicatorLevel.Outcome, Name = "Restafval per inwoner", Unit = "kg", Direction = IndicatorDirection.LowerIsBetter, Instrument = MeasurementInstrument.CijfersBijhouden, Frequency = MeasurementFrequency.PerKwartaal,
                Owner = "Ambtenaar Rik Cnudde", BaselineValue = 150, BaselineYear = 2022, Targets = [new TargetValue(2030, 100)],
            }, null, Now(app));
            db.Indicators.Add(indicator);
            db.Measurements.Add(new Measurement(indicator, new MeasurementDetails { Year = 2024, Value = 140, Note = "Gemeten door Rik Cnudde" }, member.Id, "Rik Cnudde", Now(app)));

            var round = new HealthCheckRound(s.Organisation.Id, "Najaar 2026", "Mathilde Goossens", Now(app));
            round.Rate(RaterKey.Member(member.Id), "Mathilde Goossens",
                BlockScore.Blocks.Select(b => new BlockScore(b, 3, "Mathilde Goossens vindt dit zwak")), Now(app));
            round.Close(Now(app));
            db.HealthCheckRounds.Add(round);

            db.PoliticalDecisions.Add(new PoliticalDecision(s.Organisation.Id, s.TrajectoryId, new PoliticalDecisionDetails
            {
                Moment = PoliticalMoment.MandaatOmTeStarten, Body = DecisionBody.College, Date = new DateOnly(2026, 1, 15), Outcome = DecisionOutcome.Goedgekeurd,
                Note = "Voorgesteld door Ludwina Peeters",
            }, member.Id, Now(app)));
            if (publish)
            {
                var site = new Circulair.Publishing.PublicSite(s.Organisation.Id, Now(app));
                site.Choose(true, PublicSections.All, Now(app));
                db.PublicSites.Add(site);
            }
            await db.SaveChangesAsync();
        });
        return new Seeded(s, member, goal, line, memberAction, personAction, companyAction);
    }
}
