using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring;

/// <summary>A goal or action the indicator form offers to link, with the strategy it belongs to.</summary>
public sealed record LinkOption(int Id, string Label, string Strategy);

/// <summary>
/// What the new and edit pages of an indicator share: the goals and actions to choose from, the check of the form
/// (the Core rules, a complete target row, a name not yet used), writing the links, and adding, changing and removing
/// an indicator; the API calls the same (decision 0370).
/// </summary>
public sealed class IndicatorEditor(CirculairDbContext db, Text t)
{
    /// <summary>The goals to link, and the actions: the linked ones and at most 50 others that match <paramref name="actionSearch"/>.</summary>
    public async Task<(IReadOnlyList<LinkOption> Goals, ActionChoices Actions)> OptionsAsync(int organisationId, IEnumerable<int> linkedActions, string? actionSearch, CancellationToken ct)
    {
        var strategies = await db.Trajectories.InOrganisation(organisationId).Select(s => new { s.Id, s.Title }).ToDictionaryAsync(s => s.Id, s => s.Title, ct);
        var goals = await db.StrategyGoals.InOrganisation(organisationId).OrderBy(g => g.TrajectoryId).ThenBy(g => g.Position)
            .Select(g => new { g.Id, g.Statement, g.TrajectoryId }).ToListAsync(ct);
        var actions = await ActionChoices.LoadAsync(db, organisationId, linkedActions, actionSearch, ct);
        return ([.. goals.Select(g => new LinkOption(g.Id, g.Statement, strategies.GetValueOrDefault(g.TrajectoryId, "")))], actions);
    }

    /// <summary>Checks the form; returns the details to save, or null after putting every problem in <paramref name="modelState"/>.</summary>
    public async Task<IndicatorDetails?> CheckAsync(IndicatorInput input, ModelStateDictionary modelState, int organisationId, int? indicatorId, CancellationToken ct)
    {
        var complete = new List<int>();
        for (var i = 0; i < input.Targets.Count; i++)
        {
            var row = input.Targets[i];
            if (row.Year is null && row.Value is null)
            {
                continue;
            }
            if (row.Year is null)
            {
                Add(modelState, $"Input.Targets[{i}].Year", t["Monitoring.Validation.TargetYearRequired"]);
            }
            else if (row.Value is null)
            {
                Add(modelState, $"Input.Targets[{i}].Value", t["Monitoring.Validation.TargetValueRequired"]);
            }
            else
            {
                complete.Add(i);
            }
        }
        var details = input.ToDetails() with { Targets = [.. complete.Select(i => new TargetValue(input.Targets[i].Year!.Value, input.Targets[i].Value!.Value))] };
        foreach (var problem in IndicatorRules.Check(details))
        {
            var field = problem.Field.StartsWith("Targets[", StringComparison.Ordinal)
                ? $"Targets[{complete[int.Parse(problem.Field[8..problem.Field.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)]}]{problem.Field[(problem.Field.IndexOf(']', StringComparison.Ordinal) + 1)..]}"
                : problem.Field;
            Add(modelState, "Input." + field, t[problem.Key, problem.Arguments]);
        }
        if (!string.IsNullOrWhiteSpace(details.Name))
        {
            var name = details.Name.Trim();
            if (await db.Indicators.InOrganisation(organisationId).AnyAsync(i => i.Name == name && i.Id != indicatorId, ct))
            {
                Add(modelState, "Input.Name", t["Monitoring.Validation.NameTaken", name]);
            }
        }
        return modelState.IsValid ? details : null;
    }

    /// <summary>Makes the indicator's links exactly the chosen goals and actions of this organisation (ids of others are ignored).</summary>
    public async Task SetLinksAsync(int organisationId, int indicatorId, IndicatorInput input, CancellationToken ct)
    {
        var goalIds = await db.StrategyGoals.InOrganisation(organisationId).Where(g => input.GoalIds.Contains(g.Id)).Select(g => g.Id).ToListAsync(ct);
        var actionIds = await db.PlannedActions.InOrganisation(organisationId).Where(a => input.ActionIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        var goalLinks = await db.IndicatorGoalLinks.InOrganisation(organisationId).Where(l => l.IndicatorId == indicatorId).ToListAsync(ct);
        var actionLinks = await db.IndicatorActionLinks.InOrganisation(organisationId).Where(l => l.IndicatorId == indicatorId).ToListAsync(ct);
        db.IndicatorGoalLinks.RemoveRange(goalLinks.Where(l => !goalIds.Contains(l.StrategyGoalId)));
        db.IndicatorGoalLinks.AddRange(goalIds.Where(id => goalLinks.All(l => l.StrategyGoalId != id)).Select(id => new IndicatorGoalLink(organisationId, indicatorId, id)));
        db.IndicatorActionLinks.RemoveRange(actionLinks.Where(l => !actionIds.Contains(l.PlannedActionId)));
        db.IndicatorActionLinks.AddRange(actionIds.Where(id => actionLinks.All(l => l.PlannedActionId != id)).Select(id => new IndicatorActionLink(organisationId, indicatorId, id)));
    }

    /// <summary>Adds an indicator of the organisation's own with checked <paramref name="details"/> and the chosen links. Saves.</summary>
    public async Task<Indicator> AddAsync(int organisationId, IndicatorDetails details, IndicatorInput input, DateTime now, CancellationToken ct)
    {
        var indicator = new Indicator(organisationId, details, null, now);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(ct);
        if (input.GoalIds.Count + input.ActionIds.Count > 0)
        {
            await SetLinksAsync(organisationId, indicator.Id, input, ct);
            await db.SaveChangesAsync(ct);
        }
        return indicator;
    }

    /// <summary>Gives the indicator (loaded with its targets) checked <paramref name="details"/> and exactly the chosen links. Saves.</summary>
    public async Task UpdateAsync(int organisationId, Indicator indicator, IndicatorDetails details, IndicatorInput input, CancellationToken ct)
    {
        indicator.Describe(details);
        await SetLinksAsync(organisationId, indicator.Id, input, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Removes an indicator (loaded with its targets) with its measurements and links, each loaded so that the audit
    /// trail records every removed row, not only the indicator. Saves.
    /// </summary>
    public async Task RemoveAsync(int organisationId, Indicator indicator, CancellationToken ct)
    {
        db.Measurements.RemoveRange(await db.Measurements.InOrganisation(organisationId).Where(m => m.IndicatorId == indicator.Id).ToListAsync(ct));
        db.IndicatorGoalLinks.RemoveRange(await db.IndicatorGoalLinks.InOrganisation(organisationId).Where(l => l.IndicatorId == indicator.Id).ToListAsync(ct));
        db.IndicatorActionLinks.RemoveRange(await db.IndicatorActionLinks.InOrganisation(organisationId).Where(l => l.IndicatorId == indicator.Id).ToListAsync(ct));
        db.Indicators.Remove(indicator);
        await db.SaveChangesAsync(ct);
    }

    private static void Add(ModelStateDictionary modelState, string key, string message)
    {
        if (modelState[key] is not { Errors.Count: > 0 })
        {
            modelState.AddModelError(key, message);
        }
    }
}
