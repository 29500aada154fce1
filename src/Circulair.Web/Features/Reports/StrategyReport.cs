using System.Globalization;
using Circulair.Prioritisation;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Vision;
using Circulair.Web.Features.Budget;
using Circulair.Web.Features.Scan;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;

namespace Circulair.Web.Features.Reports;

/// <summary>
/// The strategy document for approval (issue 16 item 1) as a plain document model: a title page, the contents, what
/// is still empty, then the chapters the organisation picked in the guide's order (vision, stakeholders, scan,
/// domains, goals with their action lines, every action with its Tool 7 sheet, Tool 6, indicators, governance,
/// budget). Every chapter that has nothing yet says so in one sentence instead of disappearing.
/// </summary>
public static class StrategyReport
{
    public static DocumentModel Document(StrategyReportData data, IReadOnlyList<ReportChapter> chapters, Text t)
    {
        var title = t["Reports.Strategy.Title", data.Trajectory?.Title ?? data.OrganisationName];
        var meta = new List<string> { t["Reports.Organisation", data.OrganisationName] };
        if (data.Trajectory is { } tr)
        {
            meta.Add(t["Reports.Trajectory", tr.Title]);
            if (tr.PeriodStartYear is { } from && tr.PeriodEndYear is { } to)
            {
                meta.Add(t["Reports.Period", from, to]);
            }
        }
        meta.Add(t["Reports.MadeAt", LocalTime.Of(data.MadeAt).ToString("d MMMM yyyy", CultureInfo.CurrentCulture)]);

        var body = new List<DocumentBlock>();
        var empty = new List<string>();
        foreach (var chapter in chapters)
        {
            var name = t[$"Reports.Chapter.{chapter}"];
            body.Add(new HeadingBlock(1, name));
            var blocks = Chapter(chapter, data, t).ToList();
            if (blocks.Count == 0)
            {
                empty.Add(name);
                body.Add(new ParagraphBlock(t[$"Reports.Empty.{chapter}"]));
            }
            else
            {
                body.AddRange(blocks);
            }
        }

        var blocksOut = new List<DocumentBlock>();
        blocksOut.AddRange(ReportParts.TitlePage(t, t["Reports.Strategy.Subtitle"], meta));
        var lead = data.Trajectory is null ? t["Reports.State.NoStrategy"].Value : chapters.Count == 0 ? t["Reports.State.NoChapters"].Value : null;
        blocksOut.AddRange(ReportParts.State(t, empty, lead));
        blocksOut.AddRange(body);
        return new DocumentModel(title, ReportParts.Language, blocksOut);
    }

    private static IEnumerable<DocumentBlock> Chapter(ReportChapter chapter, StrategyReportData d, Text t) => chapter switch
    {
        ReportChapter.Vision => Vision(d, t),
        ReportChapter.Stakeholders => Stakeholders(d, t),
        ReportChapter.Scan => Scan(d, t),
        ReportChapter.Domains => Domains(d, t),
        ReportChapter.Goals => Goals(d, t),
        ReportChapter.Actions => Actions(d, t),
        ReportChapter.Priorities => Priorities(d, t),
        ReportChapter.Indicators => d.Indicators.Count == 0 ? [] : ReportParts.Indicators(t, d.Indicators, "strategy-indicators"),
        ReportChapter.Governance => Governance(d, t),
        ReportChapter.Budget => Budget(d, t),
        ReportChapter.Pilots => Circulair.Web.Features.Pilots.PilotStrategyLinks.Chapter(d.Pilots, t),
        _ => [],
    };

    private static IEnumerable<DocumentBlock> Vision(StrategyReportData d, Text t)
    {
        if (d.Canvas is not { } c || c is { Why: null, Results: null, AlreadyHappening: null, Statement: null, Focus: VisionFocus.None, Notes.Count: 0, Policies.Count: 0 })
        {
            yield break; // VisionCanvas.IsEmpty
        }
        yield return new HeadingBlock(2, t["Reports.Vision.Statement"]);
        yield return new ParagraphBlock(ReportParts.Or(c.Statement));
        foreach (var block in Enum.GetValues<VisionBlock>())
        {
            yield return new HeadingBlock(2, t.Enum(block));
            yield return new ParagraphBlock(ReportParts.Or(block switch
            {
                VisionBlock.Waarom => c.Why,
                VisionBlock.Resultaten => c.Results,
                VisionBlock.WatLeeftErAl => c.AlreadyHappening,
                _ => throw new ArgumentOutOfRangeException(nameof(d)),
            }));
            var notes = c.Notes.Where(n => n.Block == block).OrderBy(n => n.Position).Select(n => n.Text).ToList();
            if (notes.Count > 0)
            {
                yield return new BulletListBlock(notes);
            }
        }
        if (c.Policies.Count > 0)
        {
            yield return new HeadingBlock(2, t["Reports.Vision.Policies"]);
            yield return new BulletListBlock([.. c.Policies.OrderBy(p => p.Policy).Select(p => p.Comment is { Length: > 0 } comment ? $"{t.Enum(p.Policy)}: {comment}" : t.Enum(p.Policy))]);
        }
        yield return new ParagraphBlock(t["Reports.Vision.Source"], Quiet: true);
    }

    private static IEnumerable<DocumentBlock> Stakeholders(StrategyReportData d, Text t)
    {
        if (d.Stakeholders.Count == 0)
        {
            yield break;
        }
        yield return new ParagraphBlock(t["Reports.Stakeholders.Intro", d.Stakeholders.Count]);
        var approaches = StakeholderGrid.PriorityOrder.Select(a => (Label: t.Enum(a), Count: d.Stakeholders.Count(s => s.Approach == a))).ToList();
        var unrated = d.Stakeholders.Count(s => s.Approach is null);
        if (unrated > 0)
        {
            approaches.Add((t["Reports.Stakeholders.NotRated"], unrated));
        }
        yield return new ChartBlock(new ChartModel(ChartKind.Bar, "strategy-stakeholders", t["Reports.Stakeholders.Chart"], t["Reports.Stakeholders.ChartDescription"],
            [.. approaches.Select(a => a.Label)], [new ChartSeries(t["Reports.Count"], [.. approaches.Select(a => (double?)a.Count)])],
            "", "N0", null, CultureInfo.CurrentCulture) { CategoryHeader = t["Reports.Stakeholders.Approach"] });
        yield return new HeadingBlock(2, t["Reports.Stakeholders.Groups"]);
        yield return new TableBlock(t["Reports.Stakeholders.GroupsCaption"], [t["Reports.Stakeholders.Group"], t["Reports.Count"]],
            [.. d.Stakeholders.GroupBy(s => s.Group).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.CurrentCulture)
                .Select(g => (IReadOnlyList<string>)[g.Key, g.Count().ToString(CultureInfo.CurrentCulture)])],
            [false, true]);
        yield return new ParagraphBlock(t["Reports.Stakeholders.Privacy"], Quiet: true);
    }

    private static IEnumerable<DocumentBlock> Scan(StrategyReportData d, Text t)
    {
        // Without a dataset every domain scores nothing: the scan is still empty.
        if (d.Ranking is not { } r || r.Sources.Count == 0 || r.Scores.Count == 0)
        {
            yield break;
        }
        if (r.Illustrative)
        {
            yield return new ParagraphBlock(t["Reports.Scan.Illustrative"]);
        }
        yield return new HeadingBlock(2, t["Reports.Scan.Figures"]);
        yield return new TableBlock(t["Reports.Scan.FiguresCaption"], [t["Reports.Scan.Evidence"], t["Reports.Scan.Dataset"], t["Reports.Scan.Year"], t["Reports.Scan.Total"]],
            [.. r.Sources.Select(s => (IReadOnlyList<string>)
            [
                t[$"Scan.Evidence.{s.Source.Kind}"], s.Dataset.Name, s.Source.Year.ToString(CultureInfo.InvariantCulture),
                s.Source.Own.Sum(v => v.Value).ToString("N0", CultureInfo.CurrentCulture),
            ])],
            [false, false, true, true]);
        yield return new HeadingBlock(2, t["Reports.Scan.Ranking"]);
        var ranked = r.Scores.OrderByDescending(s => s.Score).ToList();
        yield return new ChartBlock(new ChartModel(ChartKind.Bar, "strategy-ranking", t["Reports.Scan.Chart"], t["Reports.Scan.ChartDescription"],
            [.. ranked.Select(s => s.Domain.Label.ToString())], [new ChartSeries(t["Reports.Scan.Score"], [.. ranked.Select(s => (double?)s.Score)])],
            "", "N1", null, CultureInfo.CurrentCulture) { CategoryHeader = t["Reports.Scan.Domain"] });
        yield return new TableBlock(t["Reports.Scan.RankingCaption"], [t["Reports.Scan.Rank"], t["Reports.Scan.Domain"], t["Reports.Scan.Score"], t["Reports.Scan.Reason"]],
            [.. ranked.Select((s, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.CurrentCulture), s.Domain.Label.ToString(), s.Score.ToString("N1", CultureInfo.CurrentCulture), ScoreSentence.For(s, t),
            ])],
            [true, false, true, false]);
    }

    private static IEnumerable<DocumentBlock> Domains(StrategyReportData d, Text t)
    {
        if (d.Tree is not { } tree || !tree.Domains.Any(x => x.IsRetained))
        {
            yield break;
        }
        yield return new TableBlock(t["Reports.Domains.Caption"], [t["Reports.Scan.Domain"], t["Reports.Domains.Support"], t["Reports.Domains.Reason"], t["Reports.Domains.DecidedOn"]],
            [.. tree.Domains.Where(x => x.IsRetained).Select(x => (IReadOnlyList<string>)
            [
                x.Domain.Label.ToString(), x.Support is { } s ? t.Enum(s) : "—", ReportParts.Or(x.Reason), ReportParts.Date(x.DecidedOn),
            ])]);
        var dropped = tree.Domains.Where(x => x.IsDropped).Select(x => x.Domain.Label.ToString()).ToList();
        if (dropped.Count > 0)
        {
            yield return new ParagraphBlock(t["Reports.Domains.Dropped", string.Join(", ", dropped)]);
        }
    }

    private static IEnumerable<DocumentBlock> Goals(StrategyReportData d, Text t)
    {
        if (d.Tree is not { } tree || tree.Goals.Count == 0)
        {
            yield break;
        }
        var actionsByLine = d.Actions.ToLookup(a => a.LineId ?? 0);
        foreach (var domain in tree.Domains)
        {
            foreach (var goal in tree.GoalsOf(domain.Id))
            {
                var g = goal.Details;
                yield return new HeadingBlock(2, goal.Statement);
                yield return new ParagraphBlock($"{t["Strategy.Domain.Kind"]}: {domain.Domain.Label}", Quiet: true);
                yield return new TableBlock(t["Reports.Goals.Caption", goal.Statement],
                    [t["Reports.Fact"], t["Reports.Value"]],
                    [
                        [t["Field.StrategyGoal.Indicator"], ReportParts.Or(g.Indicator)],
                        [t["Field.StrategyGoal.BaselineValue"], g.BaselineValue is { } b ? $"{StrategyLabels.Figure(b)} {g.Unit}".Trim() + (g.BaselineYear is { } y ? $" ({y.ToString(CultureInfo.InvariantCulture)})" : "") : "—"],
                        [t["Field.StrategyGoal.TargetValue"], g.TargetValue is { } target ? $"{StrategyLabels.Figure(target)} {g.Unit}".Trim() : "—"],
                        [t["Field.StrategyGoal.Deadline"], ReportParts.Date(g.Deadline)],
                        [t["Field.StrategyGoal.Owner"], ReportParts.Or(g.Owner)],
                        [t["Field.StrategyGoal.RealismNote"], ReportParts.Or(g.RealismNote)],
                    ]);
                if (tree.Smart is { } smart)
                {
                    var checks = SmartChecklist.For(g, smart);
                    yield return new TableBlock(t["Reports.Goals.Smart", checks.Count(c => c.IsMet), checks.Count],
                        [t["Reports.Goals.Element"], t["Reports.Goals.Met"]],
                        [.. checks.Select(c => (IReadOnlyList<string>)[t.Enum(c.Element), c.IsMet ? t["Strategy.Sheet.Yes"] : t["Strategy.Sheet.No"]])]);
                }
                var lines = tree.LinesOf(goal.Id).ToList();
                yield return new HeadingBlock(3, t["Reports.Goals.Lines"]);
                if (lines.Count == 0)
                {
                    yield return new ParagraphBlock(t["Reports.Goals.NoLines"]);
                    continue;
                }
                yield return new BulletListBlock([.. lines.Select(l =>
                {
                    var numbers = tree.ActionsOf(l.Id).Select(a => a.Number).ToList();
                    return numbers.Count == 0 ? l.Title : $"{l.Title} ({string.Join(", ", numbers)})";
                })]);
            }
        }
    }

    private static IEnumerable<DocumentBlock> Actions(StrategyReportData d, Text t)
    {
        if (d.Actions.Count == 0)
        {
            yield break;
        }
        yield return new ParagraphBlock(t["Strategy.Source.Tool7"], Quiet: true);
        var tree = d.Tree;
        foreach (var a in d.Actions)
        {
            var line = a.LineId is { } l ? tree?.Line(l) : null;
            var goal = line is null ? null : tree?.Goal(line.GoalId);
            var domain = goal is null ? null : tree?.Domain(goal.DomainId);
            foreach (var block in Sheet(a, line?.Title, goal?.Statement, domain?.Domain.Label.ToString(), t))
            {
                yield return block;
            }
        }
    }

    /// <summary>One action's Tool 7 sheet as document blocks: the same fields, in the same order, as the print view (_SheetView).</summary>
    public static IEnumerable<DocumentBlock> Sheet(ReportAction a, string? line, string? goal, string? domain, Text t)
    {
        var s = a.Sheet;
        yield return new HeadingBlock(2, $"{a.Number} {a.Title}");
        yield return new TableBlock(t["Reports.Actions.FactsCaption", a.Number], [t["Reports.Fact"], t["Reports.Value"]],
        [
            [t["Strategy.Domain.Kind"], ReportParts.Or(domain)],
            [t["Strategy.Goal.Kind"], ReportParts.Or(goal)],
            [t["Strategy.Line.Kind"], ReportParts.Or(line)],
            [t["Strategy.Action.Owner"], ReportParts.Or(a.Owner)],
            [t["Field.PlannedAction.Status"], t.Enum(a.Status)],
            [t["Strategy.Action.Period"], a.Start is null && a.End is null ? "—" : $"{ReportParts.Date(a.Start)} – {ReportParts.Date(a.End)}"],
            [t["Field.PlannedAction.Size"], a.Size is { } size ? t.Enum(size) : "—"],
            [t["Field.PlannedAction.Neighbours"], ReportParts.Or(a.Neighbours)],
        ]);
        yield return new HeadingBlock(3, t["Field.PlannedAction.Description"]);
        yield return new ParagraphBlock(ReportParts.Or(s.Description));
        yield return new HeadingBlock(3, t["Field.PlannedAction.DesiredResults"]);
        yield return new ParagraphBlock(ReportParts.Or(s.DesiredResults));
        yield return new HeadingBlock(3, t["Strategy.Sheet.Milestones"]);
        yield return s.Milestones.Count == 0 ? new ParagraphBlock("—") : new TableBlock(t["Strategy.Sheet.Milestones"],
            [t["Field.ActionMilestone.Date"], t["Field.ActionMilestone.Description"], t["Field.ActionMilestone.Done"]],
            [.. s.Milestones.Select(m => (IReadOnlyList<string>)[ReportParts.Date(m.Date), m.Description, m.Done ? t["Strategy.Sheet.Yes"] : t["Strategy.Sheet.No"]])]);
        yield return new HeadingBlock(3, t["Strategy.Sheet.Parties"]);
        yield return new BulletListBlock([$"{t["Strategy.Action.Owner"]}: {ReportParts.Or(a.Owner)}", .. a.Partners.Select(p => p.Role is null ? p.Name : $"{p.Name} — {p.Role}")]);
        yield return new HeadingBlock(3, t["Strategy.Sheet.Resources"]);
        if (s.Budget.Count == 0)
        {
            yield return new ParagraphBlock("—");
        }
        else
        {
            var sum = BudgetSummary.Of(s.Budget);
            yield return new TableBlock(t["Strategy.Sheet.Resources"], [t["Field.ActionBudgetYear.Year"], t["Field.ActionBudgetYear.Fte"], t["Field.ActionBudgetYear.Euros"]],
                [.. s.Budget.Select(b => (IReadOnlyList<string>)[b.Year.ToString(CultureInfo.InvariantCulture), StrategyLabels.Figure(b.Fte), StrategyLabels.Euros(b.Euros)]),
                 [t["Strategy.Sheet.Total"], t["Strategy.Sheet.AverageFte", StrategyLabels.Figure(sum.AverageFte)], StrategyLabels.Euros(sum.TotalEuros)]],
                [false, true, true]);
        }
        yield return new HeadingBlock(3, t["Strategy.Sheet.Timeline"]);
        yield return s.Steps.Count == 0 ? new ParagraphBlock("—") : new TableBlock(t["Strategy.Sheet.Timeline"],
            [t["Field.ActionStep.Step"], t["Field.ActionStep.Deadline"], t["Field.ActionStep.Resources"]],
            [.. s.Steps.Select(st => (IReadOnlyList<string>)[st.Step, ReportParts.Date(st.Deadline), ReportParts.Or(st.Resources)])]);
        yield return new HeadingBlock(3, t["Strategy.Sheet.Preconditions"]);
        yield return new TableBlock(t["Strategy.Sheet.Preconditions"], [t["Reports.Fact"], t["Reports.Value"]],
        [
            [t["Field.PlannedAction.PreconditionsTechnical"], ReportParts.Or(s.PreconditionsTechnical)],
            [t["Field.PlannedAction.PreconditionsLegal"], ReportParts.Or(s.PreconditionsLegal)],
            [t["Field.PlannedAction.PreconditionsSpatial"], ReportParts.Or(s.PreconditionsSpatial)],
            [t["Field.PlannedAction.PreconditionsOrganisational"], ReportParts.Or(s.PreconditionsOrganisational)],
        ]);
        yield return new HeadingBlock(3, t["Strategy.Sheet.Risks"]);
        yield return s.Risks.Count == 0 ? new ParagraphBlock("—") : new TableBlock(t["Strategy.Sheet.Risks"],
            [t["Field.ActionRisk.Description"], t["Field.ActionRisk.Likelihood"], t["Field.ActionRisk.Impact"], t["Field.ActionRisk.Mitigation"]],
            [.. s.Risks.Select(r => (IReadOnlyList<string>)[r.Description, r.Likelihood is { } li ? t.Enum(li) : "—", r.Impact is { } im ? t.Enum(im) : "—", ReportParts.Or(r.Mitigation)])]);
        yield return new HeadingBlock(3, t["Field.PlannedAction.FirstSteps"]);
        yield return new ParagraphBlock(ReportParts.Or(s.FirstSteps));
    }

    private static IEnumerable<DocumentBlock> Priorities(StrategyReportData d, Text t)
    {
        var rated = d.Actions.Where(a => ImpactEffortMatrix.Classify(a.ImpactMean, a.EffortMean) is not null).ToList();
        if (rated.Count == 0)
        {
            yield break;
        }
        var quadrants = Enum.GetValues<Quadrant>();
        yield return new ChartBlock(new ChartModel(ChartKind.Bar, "strategy-quadrants", t["Reports.Priorities.Chart"], t["Reports.Priorities.ChartDescription"],
            [.. quadrants.Select(q => t.Enum(q))],
            [new ChartSeries(t["Reports.Count"], [.. quadrants.Select(q => (double?)rated.Count(a => ImpactEffortMatrix.Classify(a.ImpactMean, a.EffortMean) == q))])],
            "", "N0", null, CultureInfo.CurrentCulture) { CategoryHeader = t["Reports.Priorities.Quadrant"] });
        yield return new TableBlock(t["Reports.Priorities.Caption"],
            [t["Reports.Number"], t["Reports.Action"], t["Reports.Priorities.Impact"], t["Reports.Priorities.Effort"], t["Reports.Priorities.Quadrant"], t["Reports.Priorities.Priority"]],
            [.. rated.OrderBy(a => ImpactEffortMatrix.Classify(a.ImpactMean, a.EffortMean)).ThenByDescending(a => a.ImpactMean)
                .Select(a => (IReadOnlyList<string>)
                [
                    a.Number, a.Title, StrategyLabels.Score(a.ImpactMean), StrategyLabels.Score(a.EffortMean),
                    StrategyLabels.Quadrant(t, ImpactEffortMatrix.Classify(a.ImpactMean, a.EffortMean)), a.Priority is { } p ? t.Enum(p) : "—",
                ])],
            [false, false, true, true, false, false]);
        var unrated = d.Actions.Count - rated.Count;
        if (unrated > 0)
        {
            yield return new ParagraphBlock(t["Reports.Priorities.Unrated", unrated], Quiet: true);
        }
    }

    private static IEnumerable<DocumentBlock> Governance(StrategyReportData d, Text t)
    {
        if (d.Coordination.Count == 0 && d.Platforms.Count == 0)
        {
            yield break;
        }
        yield return new HeadingBlock(2, t["Reports.Governance.Coordination"]);
        yield return d.Coordination.Count == 0 ? new ParagraphBlock("—") : new TableBlock(t["Reports.Governance.Coordination"],
            [t["Reports.Governance.Kind"], t["Reports.Governance.People"], t["Reports.Governance.Fte"], t["Reports.Governance.Tasks"]],
            [.. d.Coordination.Select(c => (IReadOnlyList<string>)[t.Enum(c.Kind), c.People, StrategyLabels.Figure(c.Fte), ReportParts.Or(c.Tasks)])]);
        yield return new HeadingBlock(2, t["Reports.Governance.Platforms"]);
        yield return d.Platforms.Count == 0 ? new ParagraphBlock("—") : new TableBlock(t["Reports.Governance.Platforms"],
            [t["Reports.Governance.Name"], t["Reports.Governance.Kind"], t["Reports.Governance.Members"], t["Reports.Governance.Meetings"], t["Reports.Governance.LastMeeting"]],
            [.. d.Platforms.Select(p => (IReadOnlyList<string>)
            [
                p.Description is { Length: > 0 } desc ? $"{p.Name}\n{desc}" : p.Name, t.Enum(p.Kind),
                p.Members.ToString(CultureInfo.CurrentCulture), p.Meetings.ToString(CultureInfo.CurrentCulture), ReportParts.Date(p.LastMeeting),
            ])],
            [false, false, true, true, false]);
    }

    private static IEnumerable<DocumentBlock> Budget(StrategyReportData d, Text t)
    {
        if (d.Budget is not { } b || b.Lines.Count == 0)
        {
            yield break;
        }
        var years = b.Lines.Select(l => l.Year).Distinct().Order().ToList();
        yield return new ChartBlock(BudgetChart(t, b, years, "strategy-budget"));
        yield return new TableBlock(t["Reports.Budget.PerYear"],
            [t["Reports.Budget.Year"], t["Reports.Budget.Planned"], t["Reports.Budget.Committed"], t["Reports.Budget.Spent"], t["Reports.Budget.Fte"]],
            [.. years.Select(y => b.OfYear(y)).Select((s, i) => (IReadOnlyList<string>)
                [years[i].ToString(CultureInfo.InvariantCulture), BudgetData.Euros(s.Planned), BudgetData.Euros(s.Committed), BudgetData.Euros(s.Spent), StrategyLabels.Figure(s.Fte)]),
             [t["Strategy.Sheet.Total"], BudgetData.Euros(b.Total.Planned), BudgetData.Euros(b.Total.Committed), BudgetData.Euros(b.Total.Spent), ""]],
            [false, true, true, true, true]);
        if (d.Tree is { } tree)
        {
            yield return new TableBlock(t["Reports.Budget.PerGoal"], [t["Strategy.Goal.Kind"], t["Reports.Budget.Planned"], t["Reports.Budget.Spent"]],
                [.. tree.Goals.Select(g => (g.Statement, Sums: b.OfGoal(g.Id))).Append((t["Reports.Budget.NoGoal"].Value, Sums: b.OfGoal(null)))
                    .Where(x => x.Sums.Planned > 0m || x.Sums.Spent > 0m)
                    .Select(x => (IReadOnlyList<string>)[x.Item1, BudgetData.Euros(x.Sums.Planned), BudgetData.Euros(x.Sums.Spent)])],
                [false, true, true]);
        }
    }

    /// <summary>Planned against spent per year, two bars per year.</summary>
    public static ChartModel BudgetChart(Text t, Circulair.Budget.BudgetOverview b, IReadOnlyList<int> years, string id) =>
        new(ChartKind.Bar, id, t["Reports.Budget.Chart"], t["Reports.Budget.ChartDescription"],
            [.. years.Select(y => y.ToString(CultureInfo.InvariantCulture))],
            [
                new ChartSeries(t["Reports.Budget.Planned"], [.. years.Select(y => (double?)(double)b.OfYear(y).Planned)]),
                new ChartSeries(t["Reports.Budget.Spent"], [.. years.Select(y => (double?)(double)b.OfYear(y).Spent)]),
            ],
            "€", "N0", null, CultureInfo.CurrentCulture) { CategoryHeader = t["Reports.Budget.Year"] };
}
