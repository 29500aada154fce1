using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Strategy;
using Circulair.Web.Features.Pilots.Communication;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots;

/// <summary>A pilot as the strategy shows it under an action: its name, step and page.</summary>
public sealed record PilotLink(int Id, string Name, PilotStep Step);

/// <summary>What the strategy document says about one pilot.</summary>
public sealed record PilotReportEntry(
    Pilot Pilot,
    IReadOnlyList<string> Actions,
    IReadOnlyDictionary<LearningResult, int> Results,
    int OpenTests,
    BusinessModelSnapshot? BusinessModel,
    LegacySnapshot? Legacy,
    IReadOnlyList<CommunicationRow> Communication,
    IReadOnlyList<PilotImprovement> Improvements);

/// <summary>
/// Pilots in the strategy (issue 17 item 11): under the actions they carry out in the golden thread, and as a chapter
/// of the strategy document (decision 0300: one document model, rendered to HTML and DOCX).
/// </summary>
public static class PilotStrategyLinks
{
    /// <summary>The pilots carrying out each of the given actions, by action id.</summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<PilotLink>>> ByActionAsync(CirculairDbContext db, int organisationId, IReadOnlyCollection<int> actionIds, CancellationToken ct)
    {
        var rows = await db.PilotActions.InOrganisation(organisationId).Where(a => actionIds.Contains(a.PlannedActionId))
            .Join(db.Pilots, a => a.PilotId, p => p.Id, (a, p) => new { a.PlannedActionId, p.Id, p.Name, p.Step })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.PlannedActionId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PilotLink>)[.. g.OrderBy(r => r.Name, StringComparer.CurrentCulture).Select(r => new PilotLink(r.Id, r.Name, r.Step))]);
    }

    /// <summary>Every pilot of the organisation with what the document shows of it; the actions named are those of <paramref name="trajectoryId"/>, when given.</summary>
    public static async Task<List<PilotReportEntry>> ReportAsync(CirculairDbContext db, int organisationId, int? trajectoryId, CancellationToken ct)
    {
        var pilots = await db.Pilots.InOrganisation(organisationId).AsNoTracking().Include(p => p.Actions).OrderBy(p => p.Name).ToListAsync(ct);
        if (pilots.Count == 0)
        {
            return [];
        }
        var actionIds = pilots.SelectMany(p => p.Actions.Select(a => a.PlannedActionId)).Distinct().ToList();
        var actions = await db.PlannedActions.InOrganisation(organisationId)
            .Where(a => actionIds.Contains(a.Id) && (trajectoryId == null || a.TrajectoryId == trajectoryId))
            .Select(a => new { a.Id, Label = a.Number + " " + a.Title }).ToDictionaryAsync(a => a.Id, a => a.Label, ct);
        var cards = await db.PilotTestCards.InOrganisation(organisationId).Select(c => new { c.PilotId, c.Result }).ToListAsync(ct);
        var models = await db.PilotBusinessModels.InOrganisation(organisationId).AsNoTracking().ToDictionaryAsync(m => m.PilotId, ct);
        var legacies = await db.PilotLegacyCanvases.InOrganisation(organisationId).AsNoTracking().ToDictionaryAsync(m => m.PilotId, ct);
        var improvements = (await db.PilotImprovements.InOrganisation(organisationId).AsNoTracking().ToListAsync(ct)).ToLookup(i => i.PilotId);
        var entries = new List<PilotReportEntry>();
        foreach (var p in pilots)
        {
            var own = cards.Where(c => c.PilotId == p.Id).ToList();
            entries.Add(new PilotReportEntry(
                p,
                [.. p.Actions.Where(a => actions.ContainsKey(a.PlannedActionId)).Select(a => actions[a.PlannedActionId]).Order(StringComparer.OrdinalIgnoreCase)],
                own.Where(c => c.Result is not null).CountBy(c => c.Result!.Value).ToDictionary(),
                own.Count(c => c.Result is null),
                models.GetValueOrDefault(p.Id)?.Snapshot,
                legacies.GetValueOrDefault(p.Id)?.Snapshot,
                await CommunicationData.LoadAsync(db, organisationId, p.Id, ct),
                [.. improvements[p.Id].OrderBy(i => i.Area).ThenBy(i => i.DueOn)]));
        }
        return entries;
    }

    /// <summary>The pilots chapter: per pilot its step, actions and tests, then its canvases, communication plan and improvement log as tables.</summary>
    public static IEnumerable<DocumentBlock> Chapter(IReadOnlyList<PilotReportEntry> entries, Text t)
    {
        foreach (var e in entries)
        {
            var p = e.Pilot;
            yield return new HeadingBlock(2, p.Name);
            var facts = new List<string>
            {
                t["Pilots.Report.Step", PilotLabels.Step(t, p.Step), PilotLabels.Date(p.StepSince)],
            };
            if (p.Template is not null)
            {
                facts.Add(t["Pilots.Report.Template", PilotLabels.Template(p.Template)]);
            }
            facts.Add(e.Actions.Count == 0 ? t["Pilots.Report.NoActions"] : t["Pilots.Report.Actions", string.Join("; ", e.Actions)]);
            facts.Add(t["Pilots.Report.Tests", e.Results.GetValueOrDefault(LearningResult.Gevalideerd), e.Results.GetValueOrDefault(LearningResult.NietGevalideerd),
                e.Results.GetValueOrDefault(LearningResult.Onduidelijk), e.OpenTests]);
            yield return new BulletListBlock(facts);
            if (p.Description is { } description)
            {
                yield return new ParagraphBlock(description);
            }
            if (e.BusinessModel is { } bmc)
            {
                yield return new TableBlock(t["Pilots.Report.BusinessModelCaption", p.Name], [t["Pilots.Report.Block"], t["Pilots.Report.Content"]],
                    [.. Enum.GetValues<BusinessModelBlock>().Select(b => (IReadOnlyList<string>)[$"{(int)b}. {t.Enum(b)}", PilotBusinessModel.Block(bmc, b) ?? "–"])]);
            }
            if (e.Legacy is { } legacy)
            {
                yield return new TableBlock(t["Pilots.Report.LegacyCaption", p.Name], [t["Pilots.Report.Block"], t["Pilots.Report.Content"]],
                [
                    [t["Pilots.Legacy.Statement"], legacy.Statement ?? "–"],
                    [t["Pilots.Legacy.Constraints"], legacy.Constraints ?? "–"],
                    [t["Pilots.Legacy.ScaleUp"], legacy.ScaleUp ?? "–"],
                    [t["Pilots.Legacy.ScaleDeep"], legacy.ScaleDeep ?? "–"],
                    [t["Pilots.Legacy.ScaleOut"], legacy.ScaleOut ?? "–"],
                    [t["Pilots.Legacy.ScaleDown"], legacy.ScaleDown ?? "–"],
                ]);
            }
            if (e.Communication.Count > 0)
            {
                yield return new TableBlock(t["Pilots.Report.CommunicationCaption", p.Name],
                    [t["Pilots.Field.Audience"], t["Pilots.Field.Priority"], t["Pilots.Field.Message"], t["Pilots.Field.Channels"], t["Pilots.Column.Timing"], t["Pilots.Field.Responsible"]],
                    [.. e.Communication.Select(r => (IReadOnlyList<string>)[r.Audience, t.Enum(r.Details.Priority), r.Details.Message ?? "", r.Details.Channels ?? "",
                        PilotLabels.Period(t, r.Details.StartsOn, r.Details.EndsOn), r.Details.Responsible ?? ""])]);
            }
            if (e.Improvements.Count > 0)
            {
                yield return new TableBlock(t["Pilots.Report.ImprovementsCaption", p.Name],
                    [t["Pilots.Field.ImprovementArea"], t["Pilots.Field.ImprovementTitle"], t["Pilots.Field.Owner"], t["Pilots.Column.Timing"], t["Pilots.Column.State"]],
                    [.. e.Improvements.Select(i => (IReadOnlyList<string>)[t.Enum(i.Area), i.Title, i.Owner ?? "", PilotLabels.Period(t, i.StartsOn, i.DueOn),
                        i.Done ? t["Pilots.Improvements.Done"] : t["Pilots.Improvements.Open"]])]);
            }
        }
    }
}
