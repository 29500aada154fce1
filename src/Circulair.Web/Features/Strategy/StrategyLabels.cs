using System.Globalization;
using Circulair.Persistence;
using Circulair.Prioritisation;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy;

/// <summary>How the strategy's values read on a page: select options, dates, figures, scores, trekkers.</summary>
public static class StrategyLabels
{
    public static List<SelectListItem> EnumItems<TEnum>(Text t, string? firstText, TEnum? selected = null) where TEnum : struct, Enum
    {
        var items = new List<SelectListItem>();
        if (firstText is not null)
        {
            items.Add(new SelectListItem(firstText, ""));
        }
        items.AddRange(Enum.GetValues<TEnum>().Select(v => new SelectListItem(t.Enum(v), v.ToString(), selected is { } s && s.Equals(v))));
        return items;
    }

    public static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Figure(double? value) => value is { } v ? v.ToString("#,0.##", CultureInfo.CurrentCulture) : "";

    public static string Euros(decimal? value) => value is { } v ? v.ToString("C0", CultureInfo.GetCultureInfo(CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "en" ? "en-IE" : "nl-BE")) : "";

    /// <summary>A mean score with one decimal: "3,5".</summary>
    public static string Score(double? mean) => mean is { } m ? m.ToString("0.0", CultureInfo.CurrentCulture) : "–";

    public static string Quadrant(Text t, Quadrant? quadrant) => quadrant is { } q ? t.Enum(q) : t["Prioritisation.NotRated"];

    /// <summary>A goal's target as one phrase: "100 kg per inwoner (2030)" or what there is of it.</summary>
    public static string Target(GoalDetails g)
    {
        var figure = g.TargetValue is { } v ? v.ToString("#,0.##", CultureInfo.CurrentCulture) : null;
        return string.Join(" ", new[] { figure, g.Unit }.Where(x => x is not null));
    }
}

/// <summary>A possible trekker: a member of the organisation or a stakeholder of the register.</summary>
public sealed record OwnerOption(ActionOwner Owner, string Name);

/// <summary>The members and stakeholders that can pull or partner an action, loaded with two projection queries.</summary>
public sealed class StrategyPeople
{
    private StrategyPeople(IReadOnlyList<OwnerOption> members, IReadOnlyList<OwnerOption> stakeholders)
    {
        Members = members;
        Stakeholders = stakeholders;
        _names = members.Concat(stakeholders).ToDictionary(o => o.Owner, o => o.Name);
    }

    private readonly Dictionary<ActionOwner, string> _names;

    public IReadOnlyList<OwnerOption> Members { get; }
    public IReadOnlyList<OwnerOption> Stakeholders { get; }

    public IEnumerable<OwnerOption> All => Members.Concat(Stakeholders);

    public string? NameOf(ActionOwner? owner) => owner is { } o && _names.TryGetValue(o, out var name) ? name : null;

    public bool Contains(ActionOwner owner) => _names.ContainsKey(owner);

    /// <summary>The trekker drop-down: none, then members and stakeholders in two groups.</summary>
    public List<SelectListItem> OwnerItems(Text t)
    {
        var members = new SelectListGroup { Name = t["Strategy.Owner.Members"] };
        var stakeholders = new SelectListGroup { Name = t["Strategy.Owner.Stakeholders"] };
        return
        [
            new SelectListItem(t["Strategy.Owner.None"], ""),
            .. Members.Select(m => new SelectListItem(m.Name, m.Owner.ToString()) { Group = members }),
            .. Stakeholders.Select(s => new SelectListItem(s.Name, s.Owner.ToString()) { Group = stakeholders }),
        ];
    }

    public List<SelectListItem> StakeholderItems(Text t) =>
        [new SelectListItem(t["Shared.Choose"], ""), .. Stakeholders.Select(s => new SelectListItem(s.Name, s.Owner.Id.ToString(CultureInfo.InvariantCulture)))];

    public static async Task<StrategyPeople> LoadAsync(CirculairDbContext db, int organisationId, CancellationToken ct)
    {
        // Members and stakeholders in one command (UNION ALL): many pages of the strategy need both (decision 0340's budget).
        var people = await db.Memberships.InOrganisation(organisationId)
            .Select(m => new { Member = true, Id = m.UserId, Name = m.User.DisplayName, SortKey = m.User.DisplayName })
            .Concat(db.Stakeholders.InOrganisation(organisationId).Select(s => new { Member = false, s.Id, s.Name, SortKey = s.NameKey }))
            .OrderByDescending(p => p.Member).ThenBy(p => p.SortKey)
            .ToListAsync(ct);
        return new StrategyPeople(
            [.. people.Where(p => p.Member).Select(m => new OwnerOption(ActionOwner.Member(m.Id), m.Name))],
            [.. people.Where(p => !p.Member).Select(s => new OwnerOption(ActionOwner.OfStakeholder(s.Id), s.Name))]);
    }
}
