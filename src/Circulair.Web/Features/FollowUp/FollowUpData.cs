using System.Globalization;
using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp;

/// <summary>One action as the follow-up pages show it: where it hangs, who pulls it, its last update and its flags.</summary>
public sealed record ActionFollowUp(
    int Id, string Number, string Title, int? LineId, int? GoalId, int? DomainId, ActionStatus Status, ActionOwner? Owner, string? OwnerName,
    int? Percent, DateOnly? LastUpdate, bool Late, bool Stale, decimal? Budget)
{
    public RollUpItem Item => new(Id, Number, Title, Percent, Status == ActionStatus.Stopgezet, Budget);
}

/// <summary>
/// The follow-up of one trajectory's actions, read in a few queries: the organisation's settings, the strategy tree,
/// each action's last update, milestones and budget, and from those the late and stale flags and the roll-ups.
/// </summary>
public sealed class FollowUpData
{
    private FollowUpData(FollowUpSettings settings, StrategyTree tree, IReadOnlyList<ActionFollowUp> actions, DateOnly today)
    {
        Settings = settings;
        Tree = tree;
        Actions = actions;
        Today = today;
    }

    public FollowUpSettings Settings { get; }
    public StrategyTree Tree { get; }
    public IReadOnlyList<ActionFollowUp> Actions { get; }
    public DateOnly Today { get; }

    public RollUpResult RollUpOf(IEnumerable<ActionFollowUp> actions) => RollUp.Compute(actions.Select(a => a.Item), Settings.Weighting);

    public RollUpResult Strategy => RollUpOf(Actions);

    public IEnumerable<ActionFollowUp> OfGoal(int goalId) => Actions.Where(a => a.GoalId == goalId);

    public IEnumerable<ActionFollowUp> OfDomain(int domainId) => Actions.Where(a => a.DomainId == domainId);

    public IEnumerable<ActionFollowUp> OfLine(int lineId) => Actions.Where(a => a.LineId == lineId);

    public static async Task<FollowUpSettings> SettingsAsync(CirculairDbContext db, int organisationId, CancellationToken ct) =>
        await db.FollowUpSettings.InOrganisation(organisationId).Include(s => s.Statuses).FirstOrDefaultAsync(ct) ?? FollowUpSettings.Defaults(organisationId);

    /// <summary>
    /// The settings from their values read as part of another query (the action page's row): the cycle and weighting
    /// (null: the organisation has no settings, so the defaults) and the statuses' own labels and %. Not tracked.
    /// </summary>
    public static FollowUpSettings SettingsOf(int organisationId, FollowUpCycle? cycle, RollUpWeighting? weighting, IEnumerable<(ActionStatus Status, string? Label, int? DefaultPercent)> statuses)
    {
        var settings = FollowUpSettings.Defaults(organisationId);
        if (cycle is { } c && weighting is { } w)
        {
            settings.Configure(c, w);
            foreach (var (status, label, percent) in statuses)
            {
                settings.SetStatus(status, label, percent);
            }
        }
        return settings;
    }

    /// <summary>The last update of an action (by date, then by when it was given), or null.</summary>
    public static Task<int?> LastPercentAsync(CirculairDbContext db, int organisationId, int actionId, CancellationToken ct) =>
        db.ProgressUpdates.InOrganisation(organisationId).Where(u => u.PlannedActionId == actionId)
            .OrderByDescending(u => u.Date).ThenByDescending(u => u.Id).Select(u => (int?)u.Percent).FirstOrDefaultAsync(ct);

    public static async Task<FollowUpData> LoadAsync(CirculairDbContext db, int organisationId, int trajectoryId, DateOnly today, CancellationToken ct) =>
        (await LoadWithStrategyAsync(db, organisationId, trajectoryId, today, ct)).Data!;

    /// <summary>The trajectory (null, and no data, when it is not this organisation's) and its follow-up, in six commands.</summary>
    public static async Task<(StrategyContext? Strategy, FollowUpData? Data)> LoadWithStrategyAsync(CirculairDbContext db, int organisationId, int trajectoryId, DateOnly today, CancellationToken ct)
    {
        var settings = await SettingsAsync(db, organisationId, ct);
        var (strategy, upper) = await StrategyTree.LoadWithStrategyAsync(db, organisationId, trajectoryId, TreeParts.WithoutActions, null, ct);
        // One command for the actions, the tree's action nodes, their trekkers' names and their last updates (decision 0340's
        // budget). The updates are read through their action only, not filtered on the organisation as well (decision 0385).
        var members = db.Memberships.InOrganisation(organisationId);
        var stakeholders = db.Stakeholders.InOrganisation(organisationId);
        var updates = db.ProgressUpdates.AsQueryable();
        var actions = await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == trajectoryId)
            .Select(a => new
            {
                a.Id, a.Number, a.Title, a.ActionLineId, a.Status, a.StartDate, a.EndDate, a.OwnerUserId, a.OwnerStakeholderId, a.CreatedAt, a.Position,
                a.ImpactMean, a.EffortMean, a.RatingCount,
                OwnerMember = members.Where(m => m.UserId == a.OwnerUserId).Select(m => m.User.DisplayName).FirstOrDefault(),
                OwnerStakeholder = stakeholders.Where(s => s.Id == a.OwnerStakeholderId).Select(s => s.Name).FirstOrDefault(),
                LastDate = updates.Where(u => u.PlannedActionId == a.Id).OrderByDescending(u => u.Date).ThenByDescending(u => u.Id).Select(u => (DateOnly?)u.Date).FirstOrDefault(),
                LastPercent = updates.Where(u => u.PlannedActionId == a.Id).OrderByDescending(u => u.Date).ThenByDescending(u => u.Id).Select(u => (int?)u.Percent).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var tree = upper.WithActions([.. actions.OrderBy(a => a.Id).Select(a => new ActionNode(a.Id, a.ActionLineId, a.Position, a.Number, a.Title, a.Status, a.ImpactMean, a.EffortMean, a.RatingCount))]);
        var milestones = (await db.ActionMilestones.InOrganisation(organisationId).Where(m => m.Action.TrajectoryId == trajectoryId)
            .Select(m => new { m.PlannedActionId, m.Date, m.Description, m.Done }).ToListAsync(ct))
            .ToLookup(m => m.PlannedActionId, m => new MilestoneEntry(m.Date, m.Description, m.Done));
        // Summed here: SQLite cannot sum decimals in SQL.
        var budgets = (await db.ActionBudgetYears.InOrganisation(organisationId).Where(b => b.Action.TrajectoryId == trajectoryId)
            .Select(b => new { b.PlannedActionId, b.Euros }).ToListAsync(ct))
            .GroupBy(b => b.PlannedActionId).ToDictionary(g => g.Key, g => g.Sum(b => b.Euros ?? 0m));
        var rows = new List<ActionFollowUp>();
        foreach (var a in actions.OrderBy(a => a.Number, StringComparer.OrdinalIgnoreCase))
        {
            var line = a.ActionLineId is { } l ? tree.Line(l) : null;
            var goal = line is null ? null : tree.Goal(line.GoalId);
            var owner = a.OwnerUserId is { } u ? ActionOwner.Member(u) : a.OwnerStakeholderId is { } s ? ActionOwner.OfStakeholder(s) : (ActionOwner?)null;
            var ownerName = a.OwnerUserId is not null ? a.OwnerMember : a.OwnerStakeholder;
            var timing = new ActionTiming(a.Status, a.StartDate, a.EndDate, [.. milestones[a.Id]], a.LastDate, DateOnly.FromDateTime(a.CreatedAt));
            rows.Add(new ActionFollowUp(a.Id, a.Number, a.Title, a.ActionLineId, goal?.Id, goal?.DomainId, a.Status, owner, ownerName,
                a.LastPercent, a.LastDate, FollowUpRules.IsLate(timing, today), FollowUpRules.IsStale(timing, settings.Cycle, today),
                budgets.TryGetValue(a.Id, out var euros) ? euros : null));
        }
        return (strategy, new FollowUpData(settings, tree, rows, today));
    }

    /// <summary>One action as <see cref="Of"/> takes it: what a page read about it itself, its milestones and its summed budget included.</summary>
    /// <param name="Budget">The euros of its budget years added up (a year without an amount counts 0), null when it has none.</param>
    public sealed record ActionRow(
        int Id, string Number, string Title, int? LineId, ActionStatus Status, DateOnly? Start, DateOnly? End, int? OwnerUserId, int? OwnerStakeholderId,
        string? OwnerName, DateTime CreatedAt, DateOnly? LastDate, int? LastPercent, IReadOnlyList<MilestoneEntry> Milestones, decimal? Budget);

    /// <summary>
    /// The follow-up from rows a page read itself (the progress report reads each action once for all its chapters), with
    /// the same flags and order as <see cref="LoadWithStrategyAsync"/>. <paramref name="tree"/> holds the actions' nodes.
    /// </summary>
    public static FollowUpData Of(FollowUpSettings settings, StrategyTree tree, IEnumerable<ActionRow> actions, DateOnly today)
    {
        var rows = new List<ActionFollowUp>();
        foreach (var a in actions.OrderBy(a => a.Number, StringComparer.OrdinalIgnoreCase))
        {
            var line = a.LineId is { } l ? tree.Line(l) : null;
            var goal = line is null ? null : tree.Goal(line.GoalId);
            var owner = a.OwnerUserId is { } u ? ActionOwner.Member(u) : a.OwnerStakeholderId is { } s ? ActionOwner.OfStakeholder(s) : (ActionOwner?)null;
            var timing = new ActionTiming(a.Status, a.Start, a.End, a.Milestones, a.LastDate, DateOnly.FromDateTime(a.CreatedAt));
            rows.Add(new ActionFollowUp(a.Id, a.Number, a.Title, a.LineId, goal?.Id, goal?.DomainId, a.Status, owner, a.OwnerName,
                a.LastPercent, a.LastDate, FollowUpRules.IsLate(timing, today), FollowUpRules.IsStale(timing, settings.Cycle, today), a.Budget));
        }
        return new FollowUpData(settings, tree, rows, today);
    }

    public static string Percent(double? value) => value is { } v ? Math.Round(v, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.CurrentCulture) + " %" : "—";

    public static string Percent(int? value) => value is { } v ? v.ToString(CultureInfo.CurrentCulture) + " %" : "—";

    /// <summary>The label of a status in this organisation: its own name, or the app's.</summary>
    public static string StatusLabel(Text t, FollowUpSettings settings, ActionStatus status) => settings.LabelOf(status) ?? t.Enum(status);
}

/// <summary>A roll-up said in words, e.g. "Gemiddelde van 12 acties, gewogen naar budget; 3 acties zonder voortgang tellen als 0 % en staan hieronder."</summary>
public static class RollUpText
{
    public static string Sentence(Text t, RollUpResult r)
    {
        if (r.Percent is null)
        {
            return r.Excluded.Count > 0 ? t[Plural("FollowUp.RollUp.OnlyStopped", r.Excluded.Count), r.Excluded.Count] : t["FollowUp.RollUp.Nothing"];
        }
        var parts = new List<string>
        {
            r.FellBackToEqual ? t[Plural("FollowUp.RollUp.AverageNoBudgets", r.Counted), r.Counted]
                : r.Weighting == RollUpWeighting.Budget ? t[Plural("FollowUp.RollUp.AverageBudget", r.Counted), r.Counted]
                : t[Plural("FollowUp.RollUp.AverageEqual", r.Counted), r.Counted],
        };
        if (r.WithoutUpdate.Count > 0)
        {
            parts.Add(t[Plural("FollowUp.RollUp.WithoutUpdate", r.WithoutUpdate.Count), r.WithoutUpdate.Count]);
        }
        if (r.WithoutBudget.Count > 0)
        {
            parts.Add(t[Plural("FollowUp.RollUp.WithoutBudget", r.WithoutBudget.Count), r.WithoutBudget.Count]);
        }
        if (r.Excluded.Count > 0)
        {
            parts.Add(t[Plural("FollowUp.RollUp.Excluded", r.Excluded.Count), r.Excluded.Count]);
        }
        return string.Join("; ", parts) + ".";
    }

    private static string Plural(string key, int count) => count == 1 ? key + ".One" : key + ".Many";
}
