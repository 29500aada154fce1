using System.Globalization;
using Circulair.Persistence;
using Circulair.Prioritisation;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Prioritisation;

/// <summary>An action as the matrix needs it: where it hangs (for the filters) and its mean scores.</summary>
public sealed record MatrixAction(int Id, string Number, string Title, int? GoalId, int? DomainId, ActionStatus Status, double? ImpactMean, double? EffortMean, int RatingCount,
    string? Neighbours = null)
{
    public bool WithNeighbours => Neighbours is not null;

    public Quadrant? Quadrant => ImpactEffortMatrix.Classify(ImpactMean, EffortMean);
}

/// <summary>
/// Tool 6 for one strategy: every action with its scores (one projection query) and every rating (one more, for the
/// spread), the mix check over the whole portfolio (stopped actions left out), and the chart of the actions the
/// filter keeps.
/// </summary>
public sealed class MatrixData
{
    public IReadOnlyList<MatrixAction> All { get; private init; } = [];
    public IReadOnlyList<MatrixAction> Shown { get; private init; } = [];
    public IReadOnlyDictionary<int, (ScoreSummary Impact, ScoreSummary Effort)> Spread { get; private init; } = new Dictionary<int, (ScoreSummary, ScoreSummary)>();
    public MixCheck Mix { get; private init; } = PortfolioMix.Check([]);

    /// <summary>The viewer's own scores per action (impact, effort), so a member sees where they put a point beside the mean.</summary>
    public IReadOnlyDictionary<int, (int Impact, int Effort)> Own { get; private init; } = new Dictionary<int, (int, int)>();

    /// <summary>The shown actions whose raters disagree strongly on impact or effort (<see cref="ImpactEffortMatrix.DisagreeStrongly"/>).</summary>
    public IReadOnlyList<MatrixAction> Disputed => [.. Shown.Where(a => DisputedOn(a.Id) is { Count: > 0 })];

    /// <summary>The criteria ("impact", "effort") the raters of an action disagree strongly on.</summary>
    public IReadOnlyList<string> DisputedOn(int actionId) => Spread.TryGetValue(actionId, out var s)
        ? [.. new[] { ImpactEffortMatrix.DisagreeStrongly(s.Impact) ? "Impact" : null, ImpactEffortMatrix.DisagreeStrongly(s.Effort) ? "Effort" : null }.OfType<string>()]
        : [];

    public static async Task<MatrixData> LoadAsync(CirculairDbContext db, int organisationId, int trajectoryId, int? domainId, int? goalId, CancellationToken ct, string? viewerKey = null)
    {
        var all = await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == trajectoryId)
            .Select(a => new MatrixAction(a.Id, a.Number, a.Title, a.Line == null ? null : a.Line.StrategyGoalId, a.Line == null ? null : a.Line.Goal.StrategyDomainId,
                a.Status, a.ImpactMean, a.EffortMean, a.RatingCount, a.Neighbours))
            .ToListAsync(ct);
        all.Sort((x, y) => ActionNumbering.Compare(x.Number, y.Number));
        var shown = all.Where(a => (domainId is null || a.DomainId == domainId) && (goalId is null || a.GoalId == goalId)).ToList();
        var ratings = await db.ActionRatings.InOrganisation(organisationId).Where(r => r.Action.TrajectoryId == trajectoryId)
            .Select(r => new { r.PlannedActionId, r.Impact, r.Effort, r.RaterKey })
            .ToListAsync(ct);
        var spread = ratings.GroupBy(r => r.PlannedActionId)
            .ToDictionary(g => g.Key, g => (ScoreSummary.Of(g.Select(r => r.Impact))!, ScoreSummary.Of(g.Select(r => r.Effort))!));
        return new MatrixData
        {
            All = all,
            Shown = shown,
            Spread = spread,
            Own = viewerKey is null ? new Dictionary<int, (int, int)>() : ratings.Where(r => r.RaterKey == viewerKey).ToDictionary(r => r.PlannedActionId, r => (r.Impact, r.Effort)),
            Mix = PortfolioMix.Check(all.Where(a => a.Status != ActionStatus.Stopgezet).Select(a => a.Quadrant)),
        };
    }

    /// <summary>The chart: rated actions as labelled points (effort across, impact up), quadrants at the rule's threshold.</summary>
    public ScatterChartModel Chart(Text t, Func<int, string> actionUrl)
    {
        var rated = Shown.Where(a => a.Quadrant is not null).ToList();
        var counts = Enum.GetValues<Quadrant>().Select(q => t["Prioritisation.Matrix.CountIn", rated.Count(a => a.Quadrant == q), t.Enum(q)].Value);
        var description = rated.Count == 0 ? t["Prioritisation.Matrix.NoneRated"].Value : t["Prioritisation.Matrix.Description", rated.Count, string.Join(", ", counts)].Value;
        return new ScatterChartModel(
            "impact-effort",
            t["Prioritisation.Matrix.ChartTitle"],
            description,
            t["Prioritisation.Effort"],
            t["Prioritisation.Impact"],
            ImpactEffortMatrix.MinScore,
            ImpactEffortMatrix.MaxScore,
            ImpactEffortMatrix.Threshold,
            [
                new(t.Enum(Quadrant.QuickWin), Top: true, Right: false),
                new(t.Enum(Quadrant.GrootProject), Top: true, Right: true),
                new(t.Enum(Quadrant.KleineVerbetering), Top: false, Right: false),
                new(t.Enum(Quadrant.Vermijden), Top: false, Right: true),
            ],
            [.. rated.Select(a => new ScatterPoint(a.Id.ToString(CultureInfo.InvariantCulture), a.Number, a.Title, a.EffortMean!.Value, a.ImpactMean!.Value,
                [Cell(t, a.ImpactMean, Spread.TryGetValue(a.Id, out var s) ? s.Impact : null), Cell(t, a.EffortMean, Spread.TryGetValue(a.Id, out var e) ? e.Effort : null),
                 Own.TryGetValue(a.Id, out var own) ? t["Prioritisation.Matrix.OwnCell", own.Impact, own.Effort].Value : "—",
                 Notes(t, a),
                 a.RatingCount.ToString(CultureInfo.CurrentCulture), t.Enum(a.Quadrant!.Value)],
                actionUrl(a.Id),
                OwnX: Own.TryGetValue(a.Id, out var ox) ? ox.Effort : null,
                OwnY: Own.TryGetValue(a.Id, out var oy) ? oy.Impact : null,
                Ringed: a.WithNeighbours,
                Badge: DisputedOn(a.Id).Count > 0 ? DisputedBadge : null))],
            t["Field.PlannedAction.Number"],
            t["Field.PlannedAction.Title"],
            [t["Prioritisation.Impact"], t["Prioritisation.Effort"], t["Prioritisation.Matrix.OwnColumn"], t["Prioritisation.Matrix.NotesColumn"], t["Prioritisation.Raters"], t["Prioritisation.Quadrant"]],
            t["Prioritisation.Matrix.NoneRated"],
            CultureInfo.CurrentCulture,
            t["Prioritisation.Matrix.OwnPoint"]);
    }

    /// <summary>The sign after a label on the chart when the raters disagree strongly; the legend explains it.</summary>
    public const string DisputedBadge = "≠";

    /// <summary>What to keep in mind about an action: done with neighbouring governments, strong disagreement.</summary>
    public string Notes(Text t, MatrixAction a)
    {
        var notes = new List<string>();
        if (a.Neighbours is { } n)
        {
            notes.Add(t["Prioritisation.Matrix.WithNeighbours", n]);
        }
        foreach (var criterion in DisputedOn(a.Id))
        {
            notes.Add(t[$"Prioritisation.Matrix.Disputed{criterion}"]);
        }
        return string.Join("; ", notes);
    }

    /// <summary>"3,5 (2–5, sd 1,1)": the mean, the lowest and highest score, and the standard deviation.</summary>
    public static string Cell(Text t, double? mean, ScoreSummary? summary) =>
        summary is null ? StrategyLabels.Score(mean)
        : t["Prioritisation.MeanAndSpread", StrategyLabels.Score(summary.Mean), summary.Min, summary.Max, summary.StandardDeviation.ToString("0.0", CultureInfo.CurrentCulture)];
}
