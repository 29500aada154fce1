using System.Globalization;
using Circulair.Budget;
using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Budget;
using Circulair.Web.Features.FollowUp;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Reports;

/// <summary>
/// The yearly progress report (issue 16 item 2): per goal the rolled-up progress by the one roll-up rule, per action
/// its status, last % and flags and the updates of the year; the indicators against their targets; the budget
/// planned against spent; and what changed since the adopted version (through <see cref="IAdoptedComparison"/>).
/// </summary>
public static class ProgressReportDocument
{
    public static DocumentModel Document(ProgressReportData data, Text t)
    {
        var title = t["Reports.Progress.Title", data.Year, data.Trajectory?.Title ?? data.OrganisationName];
        var meta = new List<string> { t["Reports.Organisation", data.OrganisationName] };
        if (data.Trajectory is { } tr)
        {
            meta.Add(t["Reports.Trajectory", tr.Title]);
        }
        meta.Add(t["Reports.MadeAt", LocalTime.Of(data.MadeAt).ToString("d MMMM yyyy", CultureInfo.CurrentCulture)]);

        var chapters = new (string Name, string Empty, IReadOnlyList<DocumentBlock> Blocks)[]
        {
            (t["Reports.Progress.Chapter.Goals"], t["Reports.Progress.Empty.Goals"], [.. Goals(data, t)]),
            (t["Reports.Chapter.Indicators"], t["Reports.Empty.Indicators"], data.Indicators.Count == 0 ? [] : [.. ReportParts.Indicators(t, data.Indicators, "progress-indicators")]),
            (t["Reports.Chapter.Budget"], t["Reports.Empty.Budget"], [.. Budget(data, t)]),
            (t["Reports.Progress.Chapter.Changes"], t["Reports.Progress.Empty.Changes"], [.. Changes(data, t)]),
        };
        var blocks = new List<DocumentBlock>();
        blocks.AddRange(ReportParts.TitlePage(t, t["Reports.Progress.Subtitle", data.Year], meta));
        blocks.AddRange(ReportParts.State(t, [.. chapters.Where(c => c.Blocks.Count == 0).Select(c => c.Name)],
            data.Trajectory is null ? t["Reports.State.NoStrategy"] : Summary(data, t)));
        foreach (var (name, empty, content) in chapters)
        {
            blocks.Add(new HeadingBlock(1, name));
            blocks.AddRange(content.Count == 0 ? [new ParagraphBlock(empty)] : content);
        }
        return new DocumentModel(title, ReportParts.Language, blocks);
    }

    /// <summary>"Voortgang van de hele strategie: 42 % (…rule…). 12 updates in 2026."</summary>
    private static string? Summary(ProgressReportData d, Text t)
    {
        if (d.FollowUp is not { } f || f.Actions.Count == 0)
        {
            return null;
        }
        var r = f.Strategy;
        return $"{t["Reports.Progress.Overall", FollowUpData.Percent(r.Percent)]} {RollUpText.Sentence(t, r)} {t["Reports.Progress.UpdateCount", d.Updates.Count, d.Year]}";
    }

    private static IEnumerable<DocumentBlock> Goals(ProgressReportData d, Text t)
    {
        if (d.FollowUp is not { } f || f.Actions.Count == 0)
        {
            yield break;
        }
        var tree = f.Tree;
        var updates = d.Updates.ToLookup(u => u.ActionId);
        var goals = tree.Domains.SelectMany(dm => tree.GoalsOf(dm.Id)).ToList();
        if (goals.Count > 0)
        {
            yield return new ChartBlock(new ChartModel(ChartKind.Bar, "progress-goals", t["Reports.Progress.Chart"], t["Reports.Progress.ChartDescription"],
                [.. goals.Select(g => g.Statement)], [new ChartSeries(t["Reports.Progress.Percent"], [.. goals.Select(g => f.RollUpOf(f.OfGoal(g.Id)).Percent)])],
                "%", "N0", null, CultureInfo.CurrentCulture) { CategoryHeader = t["Strategy.Goal.Kind"], ScaleMax = 100 });
        }
        foreach (var goal in goals)
        {
            var rollUp = f.RollUpOf(f.OfGoal(goal.Id));
            yield return new HeadingBlock(2, goal.Statement);
            yield return new ParagraphBlock($"{t["Reports.Progress.GoalProgress", FollowUpData.Percent(rollUp.Percent)]} {RollUpText.Sentence(t, rollUp)}");
            foreach (var block in ActionBlocks(f.OfGoal(goal.Id).ToList(), updates, f, t))
            {
                yield return block;
            }
        }
        var unplaced = f.Actions.Where(a => a.GoalId is null).ToList();
        if (unplaced.Count > 0)
        {
            yield return new HeadingBlock(2, t["Reports.Actions.Unplaced"]);
            foreach (var block in ActionBlocks(unplaced, updates, f, t))
            {
                yield return block;
            }
        }
    }

    private static IEnumerable<DocumentBlock> ActionBlocks(IReadOnlyList<ActionFollowUp> actions, ILookup<int, ReportUpdate> updates, FollowUpData f, Text t)
    {
        if (actions.Count == 0)
        {
            yield return new ParagraphBlock(t["Reports.Progress.NoActions"]);
            yield break;
        }
        yield return new TableBlock(t["Reports.Progress.ActionsCaption"],
            [t["Reports.Number"], t["Reports.Action"], t["Field.PlannedAction.Status"], t["Reports.Progress.Percent"], t["Reports.Progress.LastUpdate"], t["Reports.Progress.Flags"]],
            [.. actions.Select(a => (IReadOnlyList<string>)
            [
                a.Number, a.Title, FollowUpData.StatusLabel(t, f.Settings, a.Status), FollowUpData.Percent(a.Percent), ReportParts.Date(a.LastUpdate),
                string.Join(", ", new[] { a.Late ? t["FollowUp.Flag.Late"].Value : null, a.Stale ? t["FollowUp.Flag.Stale"].Value : null }.OfType<string>()),
            ])],
            [false, false, false, true, false, false]);
        foreach (var a in actions.Where(a => updates[a.Id].Any()))
        {
            yield return new HeadingBlock(3, t["Reports.Progress.UpdatesOf", a.Number, a.Title]);
            yield return new TableBlock(t["Reports.Progress.UpdatesCaption", a.Number],
                [t["Reports.Progress.Date"], t["Reports.Progress.Percent"], t["Field.PlannedAction.Status"], t["Reports.Progress.Text"], t["Reports.Progress.Blocker"], t["Reports.Progress.NextStep"]],
                [.. updates[a.Id].Select(u => (IReadOnlyList<string>)
                [
                    ReportParts.Date(u.Date), FollowUpData.Percent(u.Percent), FollowUpData.StatusLabel(t, f.Settings, u.Status), ReportParts.Or(u.Text), ReportParts.Or(u.Blocker), ReportParts.Or(u.NextStep),
                ])],
                [false, true]);
        }
    }

    private static IEnumerable<DocumentBlock> Budget(ProgressReportData d, Text t)
    {
        if (d.Budget is not { } b || b.Lines.Count == 0)
        {
            yield break;
        }
        var year = b.OfYear(d.Year);
        yield return new ParagraphBlock(t["Reports.Progress.BudgetYear", d.Year, BudgetData.SpentOfPlanned(t, year.Spent, year.Planned)]);
        var years = b.Lines.Select(l => l.Year).Distinct().Order().ToList();
        yield return new ChartBlock(StrategyReport.BudgetChart(t, b, years, "progress-budget"));
        if (d.FollowUp is { } f)
        {
            yield return new TableBlock(t["Reports.Progress.BudgetCaption", d.Year],
                [t["Strategy.Goal.Kind"], t["Reports.Budget.Planned"], t["Reports.Budget.Committed"], t["Reports.Budget.Spent"]],
                [.. f.Tree.Goals.Select(g => (Name: g.Statement, Sums: b.OfGoalAndYear(g.Id, d.Year)))
                    .Append((Name: t["Reports.Budget.NoGoal"].Value, Sums: b.OfGoalAndYear(null, d.Year)))
                    .Where(x => x.Sums.Planned > 0m || x.Sums.Spent > 0m || x.Sums.Committed > 0m)
                    .Select(x => (IReadOnlyList<string>)[x.Name, BudgetData.Euros(x.Sums.Planned), BudgetData.Euros(x.Sums.Committed), BudgetData.Euros(x.Sums.Spent)]),
                 [t["Strategy.Sheet.Total"], BudgetData.Euros(year.Planned), BudgetData.Euros(year.Committed), BudgetData.Euros(year.Spent)]],
                [false, true, true, true]);
        }
    }

    private static IEnumerable<DocumentBlock> Changes(ProgressReportData d, Text t)
    {
        if (d.Changes is not { } c)
        {
            yield break;
        }
        yield return new ParagraphBlock(t["Reports.Progress.ComparedWith", c.VersionNumber, ReportParts.Date(c.AdoptedOn)]);
        if (c.Changes.Count == 0)
        {
            yield return new ParagraphBlock(t["Reports.Progress.NoChanges"]);
            yield break;
        }
        yield return new TableBlock(t["Reports.Progress.ChangesCaption"], [t["Reports.Number"], t["Reports.Action"], t["Reports.Progress.Change"]],
            [.. c.Changes.Select(x => (IReadOnlyList<string>)[x.Number, x.Title, t[$"Reports.Change.{x.Kind}"]])]);
        foreach (var x in c.Changes.Where(x => x.Details.Count > 0))
        {
            yield return new HeadingBlock(3, $"{x.Number} {x.Title}");
            yield return new BulletListBlock(x.Details);
        }
    }
}
