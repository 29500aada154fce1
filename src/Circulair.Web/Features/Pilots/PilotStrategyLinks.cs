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

    /// <summary>
    /// Every pilot of the organisation with what the document shows of it; the actions named are those of
    /// <paramref name="trajectoryId"/>, when given. Four queries however many pilots there are (issue 20's SQL budget):
    /// the pilots with both canvases and their test counts, the actions, the improvements, the communication plans.
    /// </summary>
    public static async Task<List<PilotReportEntry>> ReportAsync(CirculairDbContext db, int organisationId, int? trajectoryId, CancellationToken ct)
    {
        IQueryable<PilotTestCard> cards = db.PilotTestCards; // a local: an expression tree cannot name an extension property
        var pilots = await (
            from p in db.Pilots.InOrganisation(organisationId).AsNoTracking()
            join m in db.PilotBusinessModels.AsNoTracking() on p.Id equals m.PilotId into models
            from m in models.DefaultIfEmpty()
            join l in db.PilotLegacyCanvases.AsNoTracking() on p.Id equals l.PilotId into legacies
            from l in legacies.DefaultIfEmpty()
            orderby p.Name
            select new
            {
                Pilot = p,
                Model = m,
                Legacy = l,
                Validated = cards.Count(c => c.PilotId == p.Id && c.Result == LearningResult.Gevalideerd),
                Invalidated = cards.Count(c => c.PilotId == p.Id && c.Result == LearningResult.NietGevalideerd),
                Unclear = cards.Count(c => c.PilotId == p.Id && c.Result == LearningResult.Onduidelijk),
                Open = cards.Count(c => c.PilotId == p.Id && c.Result == null),
            }).ToListAsync(ct);
        if (pilots.Count == 0)
        {
            return [];
        }
        var actions = (await db.PilotActions.InOrganisation(organisationId)
            .Join(db.PlannedActions.InOrganisation(organisationId).Where(a => trajectoryId == null || a.TrajectoryId == trajectoryId),
                pa => pa.PlannedActionId, a => a.Id, (pa, a) => new { pa.PilotId, Label = a.Number + " " + a.Title })
            .ToListAsync(ct)).ToLookup(a => a.PilotId, a => a.Label);
        var improvements = (await db.PilotImprovements.InOrganisation(organisationId).AsNoTracking().ToListAsync(ct)).ToLookup(i => i.PilotId);
        var communication = await CommunicationData.LoadAllAsync(db, organisationId, null, ct);
        var entries = new List<PilotReportEntry>();
        foreach (var r in pilots)
        {
            var id = r.Pilot.Id;
            var results = new Dictionary<LearningResult, int>
            {
                [LearningResult.Gevalideerd] = r.Validated,
                [LearningResult.NietGevalideerd] = r.Invalidated,
                [LearningResult.Onduidelijk] = r.Unclear,
            };
            entries.Add(new PilotReportEntry(
                r.Pilot,
                [.. actions[id].Order(StringComparer.OrdinalIgnoreCase)],
                results.Where(x => x.Value > 0).ToDictionary(),
                r.Open,
                r.Model?.Snapshot,
                r.Legacy?.Snapshot,
                [.. communication[id]],
                [.. improvements[id].OrderBy(i => i.Area).ThenBy(i => i.DueOn)]));
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
