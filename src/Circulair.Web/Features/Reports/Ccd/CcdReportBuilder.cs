using Circulair.FollowUp;
using Circulair.Governance;
using Circulair.HealthCheck;
using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Publishing;
using Circulair.Reference;
using Circulair.Strategy;
using Circulair.Vision;
using Circulair.Web.Features.FollowUp;
using Circulair.Web.Features.PublicSite;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Reports.Ccd;

/// <summary>
/// Fills the Circular Cities Declaration report and the action crosswalk from the data the other tools keep (decision
/// 0312): nothing is typed twice. Who is responsible for an action is a body (the organisation, a partner organisation,
/// a department), never a person, by the same rule as the public site.
/// </summary>
public static class CcdReportBuilder
{
    public static async Task<CcdReport> BuildAsync(CirculairDbContext db, Organisation organisation, StrategyContext strategy, Text t, DateOnly today, CancellationToken ct)
    {
        var orgId = organisation.Id;
        var data = await FollowUpData.LoadAsync(db, orgId, strategy.Id, today, ct);
        var owners = await PublicSiteContent.ResponsibleBodiesAsync(db, organisation, data.Actions, ct);
        string Nothing(string key) => t["Ccd.Empty", t[key]].Value;

        // 1. Strategy and governance.
        var vision = await db.Set<VisionCanvas>().InOrganisation(orgId).Where(c => c.TrajectoryId == strategy.Id).Select(c => c.Statement).FirstOrDefaultAsync(ct);
        var decisions = await db.PoliticalDecisions.InOrganisation(orgId).Where(d => d.TrajectoryId == strategy.Id)
            .OrderBy(d => d.Date).ThenBy(d => d.Id).AsNoTracking().ToListAsync(ct);
        var adopted = await db.AdoptedVersions.InOrganisation(orgId).Where(v => v.TrajectoryId == strategy.Id)
            .OrderByDescending(v => v.Number).Select(v => new { v.Number, v.AdoptedOn }).FirstOrDefaultAsync(ct);
        var platforms = await db.GovernancePlatforms.InOrganisation(orgId).OrderBy(p => p.Name)
            .Select(p => new { p.Name, p.Kind, Members = db.Set<PlatformMember>().Count(m => m.GovernancePlatformId == p.Id) }).ToListAsync(ct);
        var governance = new List<string>
        {
            vision is null ? Nothing("Ccd.Vision") : t["Ccd.VisionIs", vision].Value,
            adopted is null ? t["Ccd.NotAdopted"].Value : t["Ccd.AdoptedOn", adopted.Number, StrategyLabels.Date(adopted.AdoptedOn)].Value,
            t["Ccd.Counts", data.Tree.Goals.Count, data.Tree.Lines.Count, data.Actions.Count].Value,
        };
        if (platforms.Count == 0)
        {
            governance.Add(Nothing("Ccd.Platforms"));
        }
        var section1 = new CcdSection(1, t["Ccd.Section1"],
            governance,
            [
                new CcdTable(t["Ccd.DecisionsCaption"], t["Ccd.Sheet.Decisions"],
                    [t["Field.PoliticalDecision.Date"], t["Field.PoliticalDecision.Moment"], t["Field.PoliticalDecision.Body"], t["Field.PoliticalDecision.Reference"], t["Field.PoliticalDecision.Outcome"]],
                    [.. decisions.Select(d => (IReadOnlyList<CellModel>)[CellModel.Of(d.Date), t.Enum(d.Moment), DecisionText.Body(t, d), d.Reference, t.Enum(d.Outcome)])]),
                new CcdTable(t["Ccd.PlatformsCaption"], t["Ccd.Sheet.Platforms"], [t["Ccd.Col.Platform"], t["Ccd.Col.Kind"], t["Ccd.Col.Members"]],
                    [.. platforms.Select(p => (IReadOnlyList<CellModel>)[p.Name, t.Enum(p.Kind), p.Members])], [false, false, true]),
            ]);
        if (decisions.Count == 0)
        {
            governance.Add(Nothing("Ccd.Decisions"));
        }

        // 2. Main actions with progress, impact and barriers.
        var impact = data.Tree.Actions.ToDictionary(a => a.Id, a => a.ImpactMean);
        var updates = await db.ProgressUpdates.InOrganisation(orgId).Where(u => u.TrajectoryId == strategy.Id)
            .Select(u => new { u.Id, u.PlannedActionId, u.Date, u.Blocker }).ToListAsync(ct);
        var barrier = updates.GroupBy(u => u.PlannedActionId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(u => u.Date).ThenByDescending(u => u.Id).First().Blocker);
        var section2 = new CcdSection(2, t["Ccd.Section2"],
            data.Actions.Count == 0 ? [Nothing("Ccd.Actions")] : [t["Ccd.Progress", FollowUpData.Percent(data.Strategy.Percent), RollUpText.Sentence(t, data.Strategy)].Value, t["Ccd.ImpactExplained"].Value],
            [
                new CcdTable(t["Ccd.ActionsCaption"], t["Ccd.Sheet.Actions"],
                    [t["Ccd.Col.Number"], t["Ccd.Col.Action"], t["Ccd.Col.Status"], t["Ccd.Col.Progress"], t["Ccd.Col.LastUpdate"], t["Ccd.Col.Impact"], t["Ccd.Col.Barrier"], t["Ccd.Col.Responsible"]],
                    [.. data.Actions.Select(a => (IReadOnlyList<CellModel>)
                        [a.Number, a.Title, FollowUpData.StatusLabel(t, data.Settings, a.Status), CellModel.Of(a.Percent), CellModel.Of(a.LastUpdate),
                         CellModel.Of(impact.GetValueOrDefault(a.Id) is { } i ? Math.Round(i, 1) : null), barrier.GetValueOrDefault(a.Id), owners.GetValueOrDefault(a.Id)])],
                    [false, false, false, true, false, true, false, false]),
            ]);

        // 3. Publicly communicated targets.
        var site = await db.PublicSites.InOrganisation(orgId).AsNoTracking().FirstOrDefaultAsync(ct);
        var goals = data.Tree.Domains.SelectMany(d => data.Tree.GoalsOf(d.Id).Select(g => (Domain: d, Goal: g))).ToList();
        var section3 = new CcdSection(3, t["Ccd.Section3"],
            [
                goals.Count == 0 ? Nothing("Ccd.Goals") : t["Ccd.GoalsCount", goals.Count].Value,
                site is { Published: true } ? t["Ccd.PublicSiteOn", $"/p/{organisation.Slug}"].Value : t["Ccd.PublicSiteOff"].Value,
            ],
            [
                new CcdTable(t["Ccd.GoalsCaption"], t["Ccd.Sheet.Targets"],
                    [t["Ccd.Col.Domain"], t["Ccd.Col.Goal"], t["Ccd.Col.Indicator"], t["Ccd.Col.Baseline"], t["Ccd.Col.BaselineYear"], t["Ccd.Col.Target"], t["Ccd.Col.Unit"], t["Ccd.Col.Deadline"], t["Ccd.Col.Progress"]],
                    [.. goals.Select(x => (IReadOnlyList<CellModel>)
                        [ActionDomains.Find(x.Domain.Code)?.Label.ToString() ?? x.Domain.Code, x.Goal.Statement, x.Goal.Details.Indicator, CellModel.Of(x.Goal.Details.BaselineValue),
                         CellModel.Of(x.Goal.Details.BaselineYear), CellModel.Of(x.Goal.Details.TargetValue), x.Goal.Details.Unit, CellModel.Of(x.Goal.Details.Deadline),
                         CellModel.Of(data.RollUpOf(data.OfGoal(x.Goal.Id)).Percent is { } p ? Math.Round(p, 1) : null)])],
                    [false, false, false, true, true, true, false, false, true]),
            ]);

        // 4. The monitoring system.
        var indicators = await db.Indicators.InOrganisation(orgId)
            .Select(i => new { i.Id, i.Name, i.Level, i.Unit, i.Frequency, i.Direction, i.BaselineValue, i.BaselineYear }).ToListAsync(ct);
        var targets = (await db.IndicatorTargets.InOrganisation(orgId).Select(x => new { x.IndicatorId, x.Year, x.Value }).ToListAsync(ct))
            .ToLookup(x => x.IndicatorId, x => new TargetValue(x.Year, x.Value));
        var measured = (await db.Measurements.InOrganisation(orgId).Select(x => new { x.IndicatorId, x.Year, x.Value }).ToListAsync(ct))
            .ToLookup(x => x.IndicatorId, x => new TargetValue(x.Year, x.Value));
        var rounds = await db.HealthCheckRounds.InOrganisation(orgId).OrderByDescending(r => r.OpenedAt).Select(r => new { r.Title, r.OpenedAt, r.ClosedAt }).ToListAsync(ct);
        var section4 = new CcdSection(4, t["Ccd.Section4"],
            [
                indicators.Count == 0 ? Nothing("Ccd.Indicators") : t["Ccd.IndicatorsCount", indicators.Count, measured.Sum(m => m.Count())].Value,
                t["Ccd.Cycle", t.Enum(data.Settings.Cycle)].Value,
                rounds.Count == 0 ? Nothing("Ccd.HealthChecks") : t["Ccd.HealthChecks", rounds.Count, rounds[0].Title].Value,
            ],
            [
                new CcdTable(t["Ccd.IndicatorsCaption"], t["Ccd.Sheet.Indicators"],
                    [t["Ccd.Col.Indicator"], t["Ccd.Col.Level"], t["Ccd.Col.Unit"], t["Ccd.Col.Frequency"], t["Ccd.Col.LastYear"], t["Ccd.Col.LastValue"], t["Ccd.Col.FinalTarget"], t["Ccd.Col.IndicatorStatus"]],
                    [.. indicators.OrderBy(i => i.Level).ThenBy(i => i.Name, StringComparer.CurrentCultureIgnoreCase).Select(i =>
                    {
                        var last = measured[i.Id].OrderBy(m => m.Year).Select(m => (TargetValue?)m).LastOrDefault();
                        var final = targets[i.Id].OrderBy(x => x.Year).Select(x => (TargetValue?)x).LastOrDefault();
                        var status = IndicatorStatusRule.Judge(i.Direction, IndicatorPath.From(i.BaselineValue, i.BaselineYear, targets[i.Id]), measured[i.Id], today.Year).Status;
                        return (IReadOnlyList<CellModel>)[i.Name, t.Enum(i.Level), i.Unit, t.Enum(i.Frequency), CellModel.Of(last?.Year), CellModel.Of(last?.Value),
                            final is { } f ? $"{f.Value.ToString("#,0.##", System.Globalization.CultureInfo.CurrentCulture)} ({f.Year})" : null, t.Enum(status)];
                    })],
                    [false, false, false, false, true, true, false, false]),
            ]);

        return new CcdReport(t["Ccd.Title", organisation.Name], t["Ccd.Subtitle", strategy.Title, StrategyLabels.Date(today)], Platform.Localization.CultureSetup.HtmlLang,
            [section1, section2, section3, section4]);
    }

    /// <summary>
    /// The action crosswalk: one row per action with the columns networks such as the Covenant of Mayors ask for
    /// (sector, status, start, end, cost, responsible body), so the same actions are reported once and exported many times.
    /// </summary>
    public static async Task<WorkbookModel> CrosswalkAsync(CirculairDbContext db, Organisation organisation, StrategyContext strategy, Text t, DateOnly today, CancellationToken ct)
    {
        var data = await FollowUpData.LoadAsync(db, organisation.Id, strategy.Id, today, ct);
        var owners = await PublicSiteContent.ResponsibleBodiesAsync(db, organisation, data.Actions, ct);
        var dates = await db.PlannedActions.InOrganisation(organisation.Id).Where(a => a.TrajectoryId == strategy.Id)
            .Select(a => new { a.Id, a.StartDate, a.EndDate }).ToDictionaryAsync(a => a.Id, ct);
        var domainOf = data.Tree.Domains.ToDictionary(d => d.Id, d => ActionDomains.Find(d.Code)?.Label.ToString() ?? d.Code);
        return new WorkbookModel(
        [
            new SheetModel(t["Ccd.Crosswalk.Sheet"],
            [
                new ColumnModel(t["Ccd.Col.Number"], 10), new ColumnModel(t["Ccd.Col.Action"], 40, Wrap: true), new ColumnModel(t["Ccd.Crosswalk.Sector"], 28, Wrap: true),
                new ColumnModel(t["Ccd.Col.Status"], 14), new ColumnModel(t["Ccd.Crosswalk.Start"], 12), new ColumnModel(t["Ccd.Crosswalk.End"], 12),
                new ColumnModel(t["Ccd.Crosswalk.Cost"], 14), new ColumnModel(t["Ccd.Col.Responsible"], 30, Wrap: true), new ColumnModel(t["Ccd.Col.Progress"], 12),
            ],
            [.. data.Actions.Select(a =>
            {
                var d = dates.GetValueOrDefault(a.Id);
                return (IReadOnlyList<CellModel>)
                [
                    a.Number, a.Title, a.DomainId is { } dom ? domainOf.GetValueOrDefault(dom) : null, FollowUpData.StatusLabel(t, data.Settings, a.Status),
                    CellModel.Of(d?.StartDate), CellModel.Of(d?.EndDate), CellModel.Of(a.Budget is { } b ? (double)b : null), owners.GetValueOrDefault(a.Id), CellModel.Of(a.Percent),
                ];
            })]),
        ]);
    }
}
