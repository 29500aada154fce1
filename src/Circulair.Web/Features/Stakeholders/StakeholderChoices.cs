using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>One stakeholder a form offers; <see cref="Chosen"/> when the form already holds it.</summary>
public sealed record StakeholderChoice(int Id, string Name, bool Chosen);

/// <summary>
/// The stakeholders a form offers to pick from, for a register of thousands (decision 0416): the ones the form already
/// holds, then at most <see cref="ChoiceSearchField.Limit"/> whose name contains what was searched for (without a search, the first by
/// name). A form shows the search field of <c>_ChoiceSearch</c> beside its list; its button posts the form back
/// with everything typed and saves nothing. One query, whatever the size of the register.
/// </summary>
public sealed class StakeholderChoices
{
    private StakeholderChoices(IReadOnlyList<StakeholderChoice> options, bool more, string? search)
    {
        Options = options;
        More = more;
        Search = search;
    }

    /// <summary>The chosen stakeholders and the matches, in name order.</summary>
    public IReadOnlyList<StakeholderChoice> Options { get; }

    /// <summary>More stakeholders match than are offered: searching narrows them.</summary>
    public bool More { get; }

    public string? Search { get; }

    public static readonly StakeholderChoices None = new([], false, null);

    /// <summary>The ids offered: the chosen ones that exist in the organisation and the matches. A posted id outside it was not on the form.</summary>
    public IReadOnlySet<int> Ids => Options.Select(o => o.Id).ToHashSet();

    public string? NameOf(int id) => Options.FirstOrDefault(o => o.Id == id)?.Name;

    public static async Task<StakeholderChoices> LoadAsync(CirculairDbContext db, int organisationId, IEnumerable<int> chosen, string? search, CancellationToken ct)
    {
        var ids = chosen.Distinct().ToList();
        var clean = StakeholderText.Clean(search);
        var query = db.Stakeholders.InOrganisation(organisationId);
        if (clean is not null)
        {
            var key = StakeholderText.NameKey(clean);
            query = query.Where(s => ids.Contains(s.Id) || s.NameKey.Contains(key));
        }
        // The chosen first, so Take never drops one; one more than the limit tells whether there are more matches.
        var rows = await query.OrderBy(s => ids.Contains(s.Id) ? 0 : 1).ThenBy(s => s.NameKey).ThenBy(s => s.Id)
            .Take(ids.Count + ChoiceSearchField.Limit + 1)
            .Select(s => new { s.Id, s.Name, s.NameKey, Chosen = ids.Contains(s.Id) })
            .ToListAsync(ct);
        var matches = rows.Where(r => !r.Chosen).ToList();
        var offered = rows.Where(r => r.Chosen).Concat(matches.Take(ChoiceSearchField.Limit))
            .OrderBy(r => r.NameKey, StringComparer.Ordinal).ThenBy(r => r.Id)
            .Select(r => new StakeholderChoice(r.Id, r.Name, r.Chosen)).ToList();
        return new StakeholderChoices(offered, matches.Count > ChoiceSearchField.Limit, clean);
    }
}
