using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy;

/// <summary>One action a form offers: "A12 Materialenbank", the strategy it belongs to, whether the form holds it.</summary>
public sealed record ActionChoice(int Id, string Label, string Strategy, bool Chosen);

/// <summary>
/// The strategy actions a form offers to tick or pick, for strategies of a thousand actions (decision 0416): the ones the
/// form already holds, then at most <see cref="ChoiceSearchField.Limit"/> whose number or title contains what was
/// searched for (without a search, the first by strategy and number). One query, whatever the number of actions.
/// </summary>
public sealed class ActionChoices
{
    private ActionChoices(IReadOnlyList<ActionChoice> options, bool more, string? search)
    {
        Options = options;
        More = more;
        Search = search;
    }

    public static readonly ActionChoices None = new([], false, null);

    /// <summary>The chosen actions and the matches, by strategy and number.</summary>
    public IReadOnlyList<ActionChoice> Options { get; }

    public bool More { get; }

    public string? Search { get; }

    /// <summary>The ids offered: the chosen ones that exist in the organisation and the matches.</summary>
    public IReadOnlySet<int> Ids => Options.Select(o => o.Id).ToHashSet();

    /// <summary>The field that narrows this list.</summary>
    public ChoiceSearchField Field(string name, string button, string formAction) =>
        new(name, button, formAction, "Strategy.ActionChoices", Search, Options.Count(o => !o.Chosen), More);

    public static async Task<ActionChoices> LoadAsync(CirculairDbContext db, int organisationId, IEnumerable<int> chosen, string? search, CancellationToken ct)
    {
        var ids = chosen.Distinct().ToList();
        var clean = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        var query = db.PlannedActions.InOrganisation(organisationId);
        if (clean is not null)
        {
            var lower = clean.ToLowerInvariant();
            query = query.Where(a => ids.Contains(a.Id) || a.Number.ToLower().Contains(lower) || a.Title.ToLower().Contains(lower));
        }
        // The chosen first, so Take never drops one; one more than the limit tells whether there are more matches.
        var rows = await query.OrderBy(a => ids.Contains(a.Id) ? 0 : 1).ThenBy(a => a.TrajectoryId).ThenBy(a => a.NumberKey).ThenBy(a => a.Id)
            .Take(ids.Count + ChoiceSearchField.Limit + 1)
            .Select(a => new { a.Id, a.Number, a.Title, a.TrajectoryId, a.NumberKey, Strategy = db.Trajectories.Where(t => t.Id == a.TrajectoryId).Select(t => t.Title).FirstOrDefault() ?? "", Chosen = ids.Contains(a.Id) })
            .ToListAsync(ct);
        var matches = rows.Where(r => !r.Chosen).ToList();
        var offered = rows.Where(r => r.Chosen).Concat(matches.Take(ChoiceSearchField.Limit))
            .OrderBy(r => r.TrajectoryId).ThenBy(r => r.NumberKey, StringComparer.Ordinal).ThenBy(r => r.Id)
            .Select(r => new ActionChoice(r.Id, $"{r.Number} {r.Title}".Trim(), r.Strategy, r.Chosen)).ToList();
        return new ActionChoices(offered, matches.Count > ChoiceSearchField.Limit, clean);
    }
}
